import type { Target } from '../pipeline/types.js';
import { dartTarget } from './dart/index.js';
import { openapiTarget } from './openapi/index.js';
import { typescriptTarget } from './typescript/index.js';
import { vectorsTarget } from './vectors/index.js';

/**
 * Every target, in the order they run and report. Order does not affect the output: each
 * target sees the same loaded contract and the file set is sorted afterwards.
 */
export const targets: readonly Target[] = [
  openapiTarget,
  typescriptTarget,
  dartTarget,
  vectorsTarget,
];
