import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config.js';
import { runTargets } from '../pipeline/run-targets.js';
import type { CliIo, Target } from '../pipeline/types.js';
import { writeFileSet } from './write-file-set.js';

/**
 * `pnpm codegen`: generate every target in memory, verify, then write. Any error before the
 * write (contract, target, Dart syntax) leaves the disk untouched.
 */
export async function runGenerate(io: CliIo, targets: readonly Target[]): Promise<number> {
  const start = performance.now();
  const config = await loadConfig(io.repoRoot);
  const result = await runTargets(io.repoRoot, config, targets);
  const summary = await writeFileSet(io.repoRoot, result.files, result.owned.values());
  const width = Math.max(...result.reports.map((report) => report.target.length));
  io.stdout(`contract   loaded in ${ms(result.loadMs)}\n`);
  for (const report of result.reports) {
    const files = `${report.files} file${report.files === 1 ? '' : 's'}`;
    io.stdout(
      `${report.target.padEnd(Math.max(width, 9))}  ${files.padStart(9)}  ${ms(report.ms)}\n`,
    );
  }
  const removed = summary.removed.length > 0 ? `, removed ${summary.removed.join(', ')}` : '';
  io.stdout(
    `codegen: ${summary.written.length} written, ${summary.unchanged} unchanged${removed} (${ms(performance.now() - start)})\n`,
  );
  return 0;
}

const ms = (value: number) => `${Math.round(value)} ms`;
