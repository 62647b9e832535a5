// Edit -> regenerated with `pnpm codegen watch` running (issue 20, goal 3): the time from saving
// a contract file to the watcher reporting every target written, over a series of edits that
// each change every target (a new optional field in one model). The watcher prints its
// "up to date" line after the write has finished (renamed into place), so the latency is measured
// to that line; every edit's result is then checked on disk. Not a test.
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface WatchLatencyOptions {
  /** The repository the watcher runs in. */
  root: string;
  /** The codegen CLI (bin/codegen.mjs). */
  cli: string;
  /** The contract file to edit, relative to root. */
  file: string;
  /** Text in that file after which each edit inserts its field (an object's first key). */
  anchor: string;
  /** Generated files (relative to root) that must name the new field after each edit. */
  outputs: string[];
  edits: number;
  /** Pause after each regenerated edit, as between two saves of a person (ms). */
  pauseMs?: number;
  /** Gets the watcher's output of each edit's run (its per-step times), e.g. to print. */
  onRunOutput?: (text: string) => void;
  /** Gets the watcher's output up to its first run's end (that run, the warm-up), e.g. to print. */
  onStartOutput?: (text: string) => void;
}

const UP_TO_DATE = 'codegen watch: up to date';
const FAILED = 'codegen watch: generation failed';

/** Latency of each edit in ms, in order; throws if a run fails or an output misses an edit. */
export async function measureWatchLatency(options: WatchLatencyOptions): Promise<number[]> {
  const path = join(options.root, options.file);
  const original = await readFile(path, 'utf8');
  if (!original.includes(options.anchor))
    throw new Error(`${options.file} has no ${options.anchor}`);
  const watcher = spawn(process.execPath, [options.cli, 'watch'], {
    cwd: options.root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let waiting: { count: number; resolve: () => void } | undefined;
  const runsDone = () => output.split(UP_TO_DATE).length - 1 + output.split(FAILED).length - 1;
  const onData = (chunk: Buffer) => {
    output += chunk;
    if (waiting && runsDone() >= waiting.count) waiting.resolve();
  };
  watcher.stdout.on('data', onData);
  watcher.stderr.on('data', onData);
  const untilRuns = (count: number, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`watch did not finish run ${count} in ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      waiting = {
        count,
        resolve: () => {
          clearTimeout(timer);
          waiting = undefined;
          resolve();
        },
      };
      if (runsDone() >= count) waiting.resolve();
    });
  const latencies: number[] = [];
  try {
    await untilRuns(1, 180_000);
    options.onStartOutput?.(output);
    for (let edit = 1; edit <= options.edits; edit++) {
      const field = `benchEdit${edit}`;
      const edited = original.replace(
        options.anchor,
        `${options.anchor} ${field}: z.string().max(10).optional(),`,
      );
      const before = runsDone();
      const outputBefore = output.length;
      const start = performance.now();
      await writeFile(path, edited);
      await untilRuns(before + 1, 60_000);
      latencies.push(performance.now() - start);
      options.onRunOutput?.(output.slice(outputBefore));
      if (output.includes(FAILED)) throw new Error(`a watch run failed:\n${output}`);
      for (const generated of options.outputs) {
        const text = await readFile(join(options.root, generated), 'utf8');
        if (!text.includes(field))
          throw new Error(`${generated} does not name ${field} after the edit`);
      }
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 300));
    }
  } finally {
    await writeFile(path, original);
    const exited = new Promise((resolve) => watcher.once('close', resolve));
    watcher.kill('SIGINT');
    await exited;
  }
  return latencies;
}

/** The p-th percentile (0-100) of `values`, nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}
