import { CodegenConfig } from '../../src/config.js';
import { loadContract } from '../../src/pipeline/load-contract.js';
import type { TargetContext } from '../../src/pipeline/types.js';
import { REPO_ROOT } from './temp-repo.js';

/** The repository's own contract, loaded the way the CLI loads it. */
export async function repoContext(): Promise<TargetContext> {
  const config = CodegenConfig.parse(
    JSON.parse(
      await (await import('node:fs/promises')).readFile(`${REPO_ROOT}/codegen.config.json`, 'utf8'),
    ),
  );
  return {
    repoRoot: REPO_ROOT,
    config,
    contract: await loadContract(REPO_ROOT, config),
    parseDart: true,
  };
}
