import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config.js';
import { runTargets } from '../pipeline/run-targets.js';
import type { CliIo, Target } from '../pipeline/types.js';
import { findDrift } from './find-drift.js';
import { driftReport } from './report.js';

/**
 * `pnpm codegen --check`: regenerate in memory and compare with the disk; never writes.
 * Exit 0 when every generated file matches (up to formatting), 1 on any drift.
 */
export async function runCheck(io: CliIo, targets: readonly Target[]): Promise<number> {
  const start = performance.now();
  const config = await loadConfig(io.repoRoot);
  const result = await runTargets(io.repoRoot, config, targets, { parseDart: true });
  const { drift, onDisk } = await findDrift(io.repoRoot, result.files, result.owned.values());
  const elapsed = performance.now() - start;
  if (drift.length === 0) {
    io.stdout(
      `codegen --check: ${result.files.size} generated files up to date (${Math.round(elapsed)} ms)\n`,
    );
    return 0;
  }
  const committed = onDisk.get(config.openapi.output);
  io.stderr(`${driftReport(drift, committed, result.contract.document, elapsed).join('\n')}\n`);
  return 1;
}
