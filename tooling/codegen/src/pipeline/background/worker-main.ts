/**
 * A background worker's message loop: runs jobs.ts on request. Loaded by
 * background-worker.mjs through tsx when running from source, and bundled as
 * dist/background-worker.mjs (see scripts/build.mjs), where no TypeScript loader is needed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { jobs, type Preload, preloads } from './jobs.js';

type Request = {
  id: number;
  job: keyof typeof jobs;
  input: never;
  /** End this worker once no job is in hand (see setReleaseWhenIdle in index.ts). */
  release?: boolean;
};

/** The exit code index.ts reads as "released, not failed" (RELEASED_EXIT_CODE there). */
const RELEASED_EXIT_CODE = 75;
let inHand = 0;

const preload = (workerData as { preload?: Preload } | undefined)?.preload;
if (preload) {
  preloads[preload]().catch(() => {
    // Reported by the job that needs it, with the module's own error.
  });
}

parentPort?.on('message', async ({ id, job, input, release }: Request) => {
  inHand++;
  try {
    parentPort?.postMessage({ id, ok: true, output: await jobs[job](input) });
  } catch (error) {
    // Enough to rebuild a CodegenError (model, field, file, exit code) on the main thread.
    const { name, message, stack, model, field, file, exitCode } = (error ?? {}) as Record<
      string,
      unknown
    >;
    parentPort?.postMessage({
      id,
      ok: false,
      error: { name, message: String(message ?? error), stack, model, field, file, exitCode },
    });
  } finally {
    inHand--;
    // The answer is posted before the exit: a worker's messages are delivered even after it ends.
    if (release && inHand === 0) process.exit(RELEASED_EXIT_CODE);
  }
});
