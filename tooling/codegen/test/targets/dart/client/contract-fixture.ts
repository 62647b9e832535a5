import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../../../src/config.js';
import { loadContract } from '../../../../src/pipeline/load-contract.js';
import type { TargetContext } from '../../../../src/pipeline/types.js';

export const REPO_ROOT = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  '..',
  '..',
);

let cached: Promise<TargetContext> | undefined;

/** The example contract of this repository, loaded the way the CLI loads it (once per file). */
export function exampleContext(): Promise<TargetContext> {
  cached ??= (async () => {
    const config = await loadConfig(REPO_ROOT);
    return {
      repoRoot: REPO_ROOT,
      config,
      contract: await loadContract(REPO_ROOT, config),
      parseDart: true,
    };
  })();
  return cached;
}
