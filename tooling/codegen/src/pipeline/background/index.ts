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
/**
 * Each worker's young generation (V8's default on 64-bit: up to 3 x 16 MB semi-spaces). Both
 * workers allocate fast while they run, and with the default each grew its new space to 32 MB
 * resident. 200 models, peak RSS of the run's process tree: 250-276 -> 216-224 MB (16 MB:
 * 224-238), see docs/PERFORMANCE.md.
 */
export const WORKER_YOUNG_GENERATION_MB = 12;
const PRELOAD: Record<number, Preload> = { [MODELS_WORKER]: 'models', [TYPES_WORKER]: 'types' };

/** A job sent and not answered yet: enough to send it again (see RELEASED_EXIT_CODE). */
interface Pending {
  resolve: (reply: Reply) => void;
  message: { id: number; job: string; input: unknown };
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

const slots: (Slot | undefined)[] = [undefined, undefined];
let nextId = 0;
let releaseWhenIdle = false;

/**
 * The exit code of a worker that ended itself because it had no job left (see
 * setReleaseWhenIdle). A job posted to it meanwhile was never taken: it goes to a new worker.
 */
export const RELEASED_EXIT_CODE = 75;

/**
 * When on, each worker ends itself as soon as it has answered its last job in hand, returning
 * its heap (quicktype-core's or TypeScript's, ~70 MB each at 200 models) to the system; a later
 * job starts a new worker. The worker decides, not this thread: the main thread is busy with the
 * vectors for seconds at a time and would only read the answer (and could end the worker) late.
 * In a `generate` each worker gets one job, and the peak RSS came at the end of the run, with
 * both idle workers still resident next to the whole file set (see docs/PERFORMANCE.md). A watch
 * keeps them, warm, for the next run.
 */
export function setReleaseWhenIdle(on: boolean): void {
  releaseWhenIdle = on;
}

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
    resourceLimits: {
      maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
    },
    workerData: { preload: PRELOAD[index] },
  });
  const slot: Slot = { worker, pending: new Map() };
  worker.on('message', (reply: Reply) => {
    slot.pending.get(reply.id)?.resolve(reply);
    slot.pending.delete(reply.id);
    if (slot.pending.size === 0) worker.unref();
  });
  worker.on('error', (error) => failAll(slot, error.message));
  worker.on('exit', (code) => {
    if (slots[index] === slot) slots[index] = undefined;
    if (slot.pending.size === 0) return;
    if (code !== RELEASED_EXIT_CODE) {
      failAll(slot, `background worker exited with code ${code}`);
      return;
    }
    // Released while a job was on its way to it: a new worker takes what it never started.
    const next = slots[index] ?? start(index);
    slots[index] = next;
    next.worker.ref();
    for (const [id, pending] of slot.pending) {
      next.pending.set(id, pending);
      next.worker.postMessage({ ...pending.message, release: releaseWhenIdle });
    }
    slot.pending.clear();
  });
  // Idle until asked: an unreferenced worker never keeps the CLI from exiting.
  worker.unref();
  return slot;
}

/** How many background workers are running now (for tests). */
export function runningWorkers(): number {
  return slots.filter(Boolean).length;
}

function failAll(slot: Slot, message: string) {
  for (const [id, { resolve }] of slot.pending) resolve({ id, ok: false, error: { message } });
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
    const message = { id, job, input };
    slot.pending.set(id, { resolve, message });
    slot.worker.postMessage({ ...message, release: releaseWhenIdle });
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
