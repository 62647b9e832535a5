import { Worker } from 'node:worker_threads';
import { CodegenError } from '../../errors.js';
import type { Jobs, Preload } from './jobs.js';

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

/**
 * The background workers: the models worker renders the Dart models (quicktype, the longest job
 * of a run) and, in a run with the syntax gate, parses them; the types worker renders the
 * TypeScript types, then parses the other Dart files (the package files, the tests) in such a
 * run. The main thread builds the vectors meanwhile.
 */
export const MODELS_WORKER = 0;
export const TYPES_WORKER = 1;
const PRELOAD: Record<number, Preload> = { [MODELS_WORKER]: 'models', [TYPES_WORKER]: 'types' };

interface Slot {
  worker: Worker;
  pending: Map<number, (reply: Reply) => void>;
}

const slots: (Slot | undefined)[] = [undefined, undefined];
let nextId = 0;

/**
 * Starts the background workers not started yet. Called from a target's `prepare`, before the
 * contract loads, so that loading quicktype-core and TypeScript overlaps with the contract.
 */
export function startBackgroundWorkers(): void {
  for (const index of [MODELS_WORKER, TYPES_WORKER]) if (!slots[index]) slots[index] = start(index);
}

function start(index: number): Slot {
  // No inherited execArgv: the CLI's global tsx hooks would slow every import of the worker
  // (they roughly double quicktype-core's load time); the worker loads its TypeScript itself.
  const worker = new Worker(new URL('./background-worker.mjs', import.meta.url), {
    execArgv: [],
    workerData: { preload: PRELOAD[index] },
  });
  const slot: Slot = { worker, pending: new Map() };
  worker.on('message', (reply: Reply) => {
    slot.pending.get(reply.id)?.(reply);
    slot.pending.delete(reply.id);
    if (slot.pending.size === 0) worker.unref();
  });
  worker.on('error', (error) => failAll(slot, error.message));
  worker.on('exit', (code) => {
    if (slots[index] === slot) slots[index] = undefined;
    if (slot.pending.size > 0) failAll(slot, `background worker exited with code ${code}`);
  });
  // Idle until asked: an unreferenced worker never keeps the CLI from exiting.
  worker.unref();
  return slot;
}

function failAll(slot: Slot, message: string) {
  for (const [id, resolve] of slot.pending) resolve({ id, ok: false, error: { message } });
  slot.pending.clear();
}

/**
 * Runs one job of jobs.ts on a background worker (by default the types worker); its errors are
 * rethrown here.
 */
export async function runInBackground<Name extends keyof Jobs>(
  job: Name,
  input: Parameters<Jobs[Name]>[0],
  on: typeof MODELS_WORKER | typeof TYPES_WORKER = TYPES_WORKER,
): Promise<Awaited<ReturnType<Jobs[Name]>>> {
  const slot = slots[on] ?? start(on);
  slots[on] = slot;
  const id = nextId++;
  slot.worker.ref();
  const reply = await new Promise<Reply>((resolve) => {
    slot.pending.set(id, resolve);
    slot.worker.postMessage({ id, job, input });
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
