// The background worker thread: Dart model generation (quicktype) and Dart syntax checks
// (tree-sitter) run here, on the second core, while the main thread builds the vectors. Plain
// JavaScript that loads the TypeScript jobs through tsx's scoped loader: a worker started from
// vitest has no TypeScript loader of its own, and one started without the CLI's global tsx hooks
// loads quicktype-core and web-tree-sitter at plain Node speed.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { jobs } = await tsImport('./jobs.ts', import.meta.url);

parentPort?.on('message', async ({ id, job, input }) => {
  try {
    parentPort?.postMessage({ id, ok: true, output: await jobs[job](input) });
  } catch (error) {
    // Enough to rebuild a CodegenError (model, field, file, exit code) on the main thread.
    const { name, message, stack, model, field, file, exitCode } = error ?? {};
    parentPort?.postMessage({
      id,
      ok: false,
      error: { name, message: String(message ?? error), stack, model, field, file, exitCode },
    });
  }
});
