// Worker thread for the TypeScript target: runs openapi-typescript (and loads TypeScript, its
// heaviest dependency) off the main thread, so that it overlaps with loading the contract and
// generating Dart. Plain JavaScript: a worker does not inherit the tsx loader.
import { parentPort } from 'node:worker_threads';

const { default: openapiTS, astToString } = await import('openapi-typescript');

parentPort?.on('message', async ({ id, document }) => {
  try {
    // defaultNonNullable: false — a field with a default is optional in what clients send and
    // required in what they receive only when the document says so (the contract names input
    // and output shapes separately), never guessed from `default`.
    const ast = await openapiTS(document, { defaultNonNullable: false, silent: true });
    parentPort?.postMessage({ id, ok: true, text: astToString(ast) });
  } catch (error) {
    parentPort?.postMessage({ id, ok: false, message: String(error?.message ?? error) });
  }
});
parentPort?.postMessage({ ready: true });
