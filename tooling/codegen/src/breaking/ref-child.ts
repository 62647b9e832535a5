/**
 * Child process of `breaking --base <git ref>`: prints the normalized contract of the checkout
 * given as argv[2]. It runs in its own process because Zod's global registry would otherwise
 * hold the models of two contracts under the same ids.
 */
import { loadConfig } from '../config.js';
import { CodegenError } from '../errors.js';
import { loadContract } from '../pipeline/load-contract.js';
import { normalizeContract } from './normalize.js';
import { stableJson } from './stable-json.js';

export const GIT_BASE_VERSION = '0.0.0-git';

async function main(root: string | undefined): Promise<number> {
  if (root === undefined) {
    process.stderr.write('usage: ref-child <checkout directory>\n');
    return 2;
  }
  try {
    const config = await loadConfig(root);
    const contract = await loadContract(root, config);
    process.stdout.write(stableJson(normalizeContract(contract, GIT_BASE_VERSION)));
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return error instanceof CodegenError ? error.exitCode : 1;
  }
}

process.exitCode = await main(process.argv[2]);
