import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config.js';
import { runTargets } from '../pipeline/run-targets.js';
import type { CliIo, Target } from '../pipeline/types.js';
import { writeFileSet } from './write-file-set.js';

/**
 * `pnpm codegen`: generate every target in memory, then write. Any error before the write
 * (contract, target) leaves the disk untouched. The Dart syntax gate is `--check`'s.
 */
export async function runGenerate(io: CliIo, targets: readonly Target[]): Promise<number> {
  const start = performance.now();
  const config = await loadConfig(io.repoRoot);
  // No syntax gate here: `--check` runs it (see RunOptions.parseDart).
  const result = await runTargets(io.repoRoot, config, targets, { parseDart: false });
  const writeStart = performance.now();
  const summary = await writeFileSet(io.repoRoot, result.files, result.owned.values());
  const writeMs = performance.now() - writeStart;
  io.stdout(row('contract', 'loaded', result.loadMs));
  for (const report of result.reports) {
    io.stdout(
      row(report.target, `${report.files} file${report.files === 1 ? '' : 's'}`, report.ms),
    );
  }
  io.stdout(row('write', `${summary.written.length + summary.removed.length} changes`, writeMs));
  const removed = summary.removed.length > 0 ? `, removed ${summary.removed.join(', ')}` : '';
  io.stdout(
    `codegen: ${summary.written.length} written, ${summary.unchanged} unchanged${removed} (${ms(performance.now() - start)})\n`,
  );
  return 0;
}

const ms = (value: number) => `${Math.round(value)} ms`;

/** One aligned line per step: name, what it produced, how long it took. */
const row = (name: string, what: string, elapsed: number) =>
  `${name.padEnd(12)} ${what.padEnd(10)} ${ms(elapsed).padStart(8)}\n`;
