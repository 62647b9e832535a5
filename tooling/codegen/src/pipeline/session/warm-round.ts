import { loadConfig } from '../../config.js';

/**
 * One warm-up round of a watch session (see ../../watch/warm-up.ts): what `generate` does
 * before its write (the contract imported again, every target, both background workers' jobs),
 * with the same options, so that the very code of a run gets optimised; the result is dropped.
 * Writes nothing to the repository (runTargets is pure); like a run, it leaves its contract
 * module behind (see GeneratorSession). 0, or 1 if the generation failed.
 */
export async function warmRound(repoRoot: string): Promise<number> {
  try {
    // Imported as `generate` imports them (see cli.ts): not before the session's first run.
    const [{ runTargets }, { targets }, config] = await Promise.all([
      import('../run-targets.js'),
      import('../../targets/index.js'),
      loadConfig(repoRoot),
    ]);
    await runTargets(repoRoot, config, targets, { parseDart: false });
    return 0;
  } catch {
    return 1;
  }
}
