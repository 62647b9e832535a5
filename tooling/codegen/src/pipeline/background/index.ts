import { Worker } from 'node:worker_threads';
import { CodegenError } from '../../errors.js';
import type { Jobs } from './jobs.js';

type Reply =
  | { id: number; ok: true; output: unknown }
  | {
      id: number;
      ok: false;
      error: {
        name?: string;
        message: string;
        stack?: string;
        model?: string;
        field?: string;
        file?: string;
        exitCode?: number;
      };
    };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (reply: Reply) => void>();

/**
 * Starts the background worker if not started yet. Called from a target's `prepare`, before the
 * contract loads, so that loading quicktype-core and tree-sitter overlaps with the contract.
 */
export function startBackgroundWorker(): void {
  if (worker) return;
  // No inherited execArgv: the CLI's global tsx hooks would slow every import of the worker
  // (they roughly double quicktype-core's load time); the worker loads its TypeScript itself.
  const started = new Worker(new URL('./background-worker.mjs', import.meta.url), {
    execArgv: [],
  });
  started.on('message', (reply: Reply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
    if (pending.size === 0) started.unref();
  });
  started.on('error', (error) => failAll(error.message));
  started.on('exit', (code) => {
    worker = undefined;
    if (pending.size > 0) failAll(`background worker exited with code ${code}`);
  });
  // Idle until asked: an unreferenced worker never keeps the CLI from exiting.
  started.unref();
  worker = started;
}

function failAll(message: string) {
  for (const [id, resolve] of pending) resolve({ id, ok: false, error: { message } });
  pending.clear();
}

/** Runs one job of jobs.ts on the background worker; its errors are rethrown here. */
export async function runInBackground<Name extends keyof Jobs>(
  job: Name,
  input: Parameters<Jobs[Name]>[0],
): Promise<Awaited<ReturnType<Jobs[Name]>>> {
  startBackgroundWorker();
  const active = worker as Worker;
  const id = nextId++;
  active.ref();
  const reply = await new Promise<Reply>((resolve) => {
    pending.set(id, resolve);
    active.postMessage({ id, job, input });
  });
  if (reply.ok) return reply.output as Awaited<ReturnType<Jobs[Name]>>;
  const { error } = reply;
  if (error.name === 'CodegenError') {
    // Rebuilt as thrown in the worker: same message (already naming model and field), same
    // exit code, so the CLI reports it exactly as if it had been thrown on this thread.
    const rebuilt = new CodegenError('', { exitCode: error.exitCode });
    Object.assign(rebuilt, {
      message: error.message,
      model: error.model,
      field: error.field,
      file: error.file,
    });
    throw rebuilt;
  }
  const failure = new Error(error.message);
  if (error.stack) failure.stack = error.stack;
  throw failure;
}
