import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, type FSWatcher, watch } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CONFIG_FILE, loadConfig } from '../config.js';
import type { CliIo } from '../pipeline/types.js';

const TSX_CLI = join(
  dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
  'dist',
  'cli.mjs',
);

/** Quiet time after the last change before regenerating: editors save in bursts. */
export const DEBOUNCE_MS = 150;

export interface Watcher {
  /** Resolves when the watcher has stopped and no generation is running. */
  close(): Promise<void>;
}

/**
 * `pnpm codegen watch`: regenerate whenever the contract's folder or the config changes. Each
 * run is a fresh child process (`generate`), because an ES module cannot be re-imported in the
 * same process and Zod's registry would keep the old models. Runs never overlap: a change
 * during a run schedules exactly one more.
 */
export async function startWatch(io: CliIo, cliPath: string): Promise<Watcher> {
  const config = await loadConfig(io.repoRoot);
  const contractDir = dirname(join(io.repoRoot, config.contract));
  let timer: NodeJS.Timeout | undefined;
  let running: ChildProcess | undefined;
  let finished: Promise<void> = Promise.resolve();
  let pending = false;
  let closed = false;

  const run = () => {
    if (closed) return;
    if (running) {
      pending = true;
      return;
    }
    // The CLI from source runs through tsx; the prebuilt one (dist/cli.mjs) runs as it is.
    const args = cliPath.endsWith('.ts') ? [TSX_CLI, cliPath, 'generate'] : [cliPath, 'generate'];
    const child = spawn(process.execPath, args, {
      cwd: io.repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running = child;
    child.stdout?.on('data', (chunk: Buffer) => io.stdout(chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => io.stderr(chunk.toString()));
    finished = new Promise((resolve) => {
      child.on('close', (code) => {
        running = undefined;
        io.stdout(
          code === 0
            ? 'codegen watch: up to date, waiting for changes\n'
            : `codegen watch: generation failed (exit ${code}); fix the contract and save again\n`,
        );
        resolve();
        if (pending) {
          pending = false;
          run();
        }
      });
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };

  const watchers: FSWatcher[] = [watch(contractDir, { recursive: true }, schedule)];
  const configPath = join(io.repoRoot, CONFIG_FILE);
  if (existsSync(configPath)) watchers.push(watch(configPath, schedule));
  io.stdout(
    `codegen watch: watching ${config.contract.replace(/\/[^/]+$/, '/')} and ${CONFIG_FILE}\n`,
  );
  run();

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await finished;
    },
  };
}
