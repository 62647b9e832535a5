import { Worker } from 'node:worker_threads';
import type { CliIo } from '../types.js';

export type SessionRequest = { type: 'generate' | 'warm'; repoRoot: string } | { type: 'close' };
export type SessionReply =
  | { type: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { type: 'done'; code: number; heapMb: number; ms: number };

export interface RunResult {
  /** The exit code `pnpm codegen` would have had. */
  code: number;
  /** The session's JavaScript heap in use after the run (MB), NaN if it died. */
  heapMb: number;
  /** How long the run took in the session (ms), NaN if it died. */
  ms: number;
}

/**
 * A warm generator for `pnpm codegen watch`: one worker thread that runs `generate` on request
 * and keeps, between runs, what a fresh process would load again each time (the CLI's modules,
 * the background workers with quicktype-core and TypeScript, esbuild's incremental context of
 * the contract, V8's compiled code). The contract itself is imported afresh every run (see
 * ../warm.ts). Runs must not overlap: the caller waits for one before asking for the next.
 *
 * Each run leaves its contract module behind (an ES module stays in its thread's module map),
 * so a long watch would grow: the caller ends the session once its heap passes a budget and
 * starts a new one (see watch.ts).
 */
export class GeneratorSession {
  readonly #worker: Worker;
  #current: { io: CliIo; resolve: (result: RunResult) => void } | undefined;
  #exited = false;

  constructor() {
    // No inherited execArgv (see ../background/index.ts): the worker loads its code itself.
    this.#worker = new Worker(new URL('./session-worker.mjs', import.meta.url), { execArgv: [] });
    this.#worker.on('message', (reply: SessionReply) => {
      const current = this.#current;
      if (!current) return;
      if (reply.type === 'output') {
        (reply.stream === 'stdout' ? current.io.stdout : current.io.stderr)(reply.text);
        return;
      }
      this.#current = undefined;
      current.resolve({ code: reply.code, heapMb: reply.heapMb, ms: reply.ms });
    });
    this.#worker.on('error', (error) => {
      this.#current?.io.stderr(`codegen watch: the generator failed: ${error.stack ?? error}\n`);
    });
    this.#worker.on('exit', (code) => {
      this.#exited = true;
      const current = this.#current;
      this.#current = undefined;
      current?.resolve({ code: code || 1, heapMb: Number.NaN, ms: Number.NaN });
    });
  }

  /** Whether the thread has ended (it crashed, or was closed): start a new session. */
  get ended(): boolean {
    return this.#exited;
  }

  /** One `generate` of the repository, printing to `io` as the CLI would. */
  generate(io: CliIo): Promise<RunResult> {
    return this.#run('generate', io);
  }

  /**
   * One warm-up round (see ../../watch/warm-up.ts): the generation of `generate` in memory
   * only, its result dropped. Writes and prints nothing (`io` hears only of a crashed thread);
   * code 1 if the generation failed, which the next `generate` reports.
   */
  warm(io: CliIo): Promise<RunResult> {
    return this.#run('warm', io);
  }

  #run(type: 'generate' | 'warm', io: CliIo): Promise<RunResult> {
    if (this.#current) throw new Error('a generation is already running in this session');
    if (this.#exited) return Promise.resolve({ code: 1, heapMb: Number.NaN, ms: Number.NaN });
    return new Promise((resolve) => {
      this.#current = { io, resolve };
      this.#worker.postMessage({ type, repoRoot: io.repoRoot } satisfies SessionRequest);
    });
  }

  /** Ends the thread (and its background workers and esbuild context) once idle. */
  async close(): Promise<void> {
    if (this.#exited) return;
    const exited = new Promise((resolve) => this.#worker.once('exit', resolve));
    this.#worker.postMessage({ type: 'close' } satisfies SessionRequest);
    // A thread stuck in a run is ended anyway after a while.
    const timer = setTimeout(() => void this.#worker.terminate(), 5_000);
    await exited;
    clearTimeout(timer);
  }
}
