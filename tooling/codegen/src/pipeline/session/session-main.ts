/**
 * A watch session's message loop (see index.ts): runs `generate` (or a warm-up round, see
 * warm-round.ts) on request, in this one thread, again and again, keeping what it loaded warm
 * (see ../warm.ts). Loaded by session-worker.mjs through tsx when running from source, and
 * bundled as dist/session-worker.mjs by scripts/build.mjs.
 */
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { main } from '../../cli.js';
import { disposeBundlers } from '../import-contract.js';
import { keepWarm } from '../warm.js';
import type { SessionReply, SessionRequest } from './index.js';
import { warmRound } from './warm-round.js';

keepWarm(true);
const post = (reply: SessionReply) => parentPort?.postMessage(reply);
/** The run in progress, if any: a close waits for it (a run is never cut off mid-write). */
let running: Promise<void> = Promise.resolve();

parentPort?.on('message', async (request: SessionRequest) => {
  if (request.type === 'close') {
    await running;
    await disposeBundlers();
    process.exit(0);
  }
  const io = {
    repoRoot: request.repoRoot,
    stdout: (text: string) => post({ type: 'output', stream: 'stdout', text }),
    stderr: (text: string) => post({ type: 'output', stream: 'stderr', text }),
  };
  const start = performance.now();
  const run = request.type === 'warm' ? warmRound(request.repoRoot) : main(['generate'], io);
  running = run.then((code) => {
    const heapMb = getHeapStatistics().used_heap_size / 2 ** 20;
    post({ type: 'done', code, heapMb, ms: performance.now() - start });
  });
  await running;
});
