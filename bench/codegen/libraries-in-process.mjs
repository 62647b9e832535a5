// The reference libraries alone, at the best a single process can run them on this machine:
// quicktype-core (Dart models) and openapi-typescript (TS types) through their own public
// entry points, each on its own worker thread, started together, on the same two files the
// CLIs read. Nothing else: no contract to load, no vectors, no client, no writes.
// run.ts times this process like the CLIs. Its ratio to the two CLIs run one after the other is
// what running both tools at once gains by itself, the floor any pipeline built on them starts
// from (a pipeline can go below it only by calling them differently; the codegen does: see
// docs/PERFORMANCE.md).
// Plain JavaScript on purpose: a TypeScript loader would add its own startup to the timing.
// Usage: node libraries-in-process.mjs <json-schema.json> <openapi.json>
import { readFileSync } from 'node:fs';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

if (isMainThread) {
  const [schemaPath, openapiPath] = process.argv.slice(2);
  if (!schemaPath || !openapiPath) {
    throw new Error('usage: libraries-in-process.mjs <json-schema.json> <openapi.json>');
  }
  const onWorker = (job) =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: job });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const outputs = await Promise.all([
    onWorker({ tool: 'quicktype', path: schemaPath }),
    onWorker({ tool: 'openapi-typescript', path: openapiPath }),
  ]);
  // One line per tool, checked by run.ts: a run that produced nothing is not a fast one.
  for (const line of outputs) process.stdout.write(`${line}\n`);
} else if (workerData.tool === 'quicktype') {
  const { InputData, JSONSchemaInput, FetchingJSONSchemaStore, quicktype } = await import(
    'quicktype-core'
  );
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  await input.addSource({ name: 'AllModels', schema: readFileSync(workerData.path, 'utf8') });
  const inputData = new InputData();
  inputData.addInput(input);
  const { lines } = await quicktype({ inputData, lang: 'dart' });
  parentPort.postMessage(`quicktype-core: ${lines.length} lines of Dart`);
} else {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const document = JSON.parse(readFileSync(workerData.path, 'utf8'));
  // The same option the CLI run gets (--default-non-nullable false).
  const text = astToString(await openapiTS(document, { defaultNonNullable: false }));
  parentPort.postMessage(`openapi-typescript: ${text.length} characters of TypeScript`);
}
