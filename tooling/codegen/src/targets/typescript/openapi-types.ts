import { Worker } from 'node:worker_threads';
import type { OpenApiDocument } from '@acme/contract';
import { CodegenError } from '../../errors.js';

type Reply = { id: number; ok: true; text: string } | { id: number; ok: false; message: string };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, (reply: Reply) => void>();

/**
 * Starts the worker that will run openapi-typescript, if not started yet. Called before the
 * contract is loaded: loading TypeScript and openapi-typescript (the slowest imports of a run)
 * then happens on another core while the main thread loads the contract and renders Dart.
 */
export function startOpenApiTypesWorker(): void {
  if (worker) return;
  // No inherited execArgv: the worker is plain JavaScript, and the CLI's global tsx hooks would
  // only slow down its imports of TypeScript and openapi-typescript.
  const started = new Worker(new URL('./openapi-types-worker.mjs', import.meta.url), {
    execArgv: [],
  });
  started.on('message', (message: Reply | { ready: true }) => {
    if ('ready' in message) return;
    pending.get(message.id)?.(message);
    pending.delete(message.id);
    if (pending.size === 0) started.unref();
  });
  started.on('error', (error) => failAll(error.message));
  started.on('exit', (code) => {
    worker = undefined;
    if (pending.size > 0) failAll(`worker exited with code ${code}`);
  });
  // Idle until asked: an unreferenced worker never keeps the CLI from exiting.
  started.unref();
  worker = started;
}

function failAll(message: string) {
  for (const [id, resolve] of pending) resolve({ id, ok: false, message });
  pending.clear();
}

/**
 * `paths`, `components` and `operations` types of the document, through openapi-typescript's
 * Node API (no shell-out: same version as the lockfile), in the worker thread.
 */
export async function openApiTypes(document: OpenApiDocument): Promise<string> {
  startOpenApiTypesWorker();
  const active = worker as Worker;
  const id = nextId++;
  active.ref();
  const reply = await new Promise<Reply>((resolve) => {
    pending.set(id, resolve);
    active.postMessage({ id, document });
  });
  if (!reply.ok) {
    throw new CodegenError(
      `the OpenAPI document cannot be turned into TypeScript: ${reply.message}`,
      {
        file: 'openapi.json',
      },
    );
  }
  return reply.text;
}
