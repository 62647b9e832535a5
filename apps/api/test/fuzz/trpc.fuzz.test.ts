import { type OperationName, routes } from '@acme/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOutcome } from './effects.js';
import { type FuzzHarness, startFuzzServer } from './harness.js';
import { planOf } from './plans.js';
import { checkTrpcReply } from './response-checks.js';
import { fuzzParameters, propertyTimeoutMs } from './settings.js';
import {
  type BatchCase,
  batchCaseArbitrary,
  renderBatch,
  renderTrpc,
  type TrpcCase,
  trpcCaseArbitrary,
} from './trpc-cases.js';

// Every procedure of the router (queries over GET ?input=, mutations over POST) and batches of
// them, valid and hostile calls mixed: never a 5xx, every error a tRPC envelope with the shared
// ApiError in its data and no internals, results in the route's model, the data as the model
// of every reported write says. FUZZ_RUNS / FUZZ_SEED: see settings.ts.

let harness: FuzzHarness;
beforeAll(async () => {
  harness = await startFuzzServer();
});
afterAll(async () => {
  harness?.report('tRPC');
  await harness?.close();
});

async function runCall(name: OperationName, c: TrpcCase) {
  const { options, reached, summary } = renderTrpc(name, c, harness.model.resolve);
  const reply = await harness.inject(name, options);
  const [outcome] = checkTrpcReply([reached?.name ?? c.procedure ?? name], false, reply, summary);
  if (reached && outcome) {
    applyOutcome(
      harness.model,
      reached.name,
      reached.sent,
      outcome,
      { concurrentWrites: false },
      summary,
    );
  }
}

async function runBatch(c: BatchCase) {
  const rendered = renderBatch(c, harness.model.distinctResolver());
  const reply = await harness.inject(`batch (${c.kind})`, rendered.options);
  const outcomes = checkTrpcReply(rendered.names, true, reply, rendered.summary);
  // A refused batch ran none of its calls.
  if (outcomes.length !== c.calls.length) return;
  for (const [index, outcome] of outcomes.entries()) {
    const reached = rendered.reached[index];
    if (reached === undefined) continue;
    applyOutcome(
      harness.model,
      reached.name,
      reached.sent,
      outcome,
      { concurrentWrites: rendered.writes },
      `${rendered.summary} [${index}]`,
    );
  }
}

describe('tRPC fuzz', () => {
  it('has a plan for every procedure', () => {
    for (const name of Object.keys(routes)) expect(() => planOf(name)).not.toThrow();
  });

  for (const name of Object.keys(routes) as OperationName[]) {
    const kind = routes[name].method === 'GET' ? 'query' : 'mutation';
    it(`${name} (${kind})`, { timeout: propertyTimeoutMs }, async () => {
      const cases = trpcCaseArbitrary(name, harness.bodyLimit);
      await fc.assert(
        fc.asyncProperty(cases, (c) => runCall(name, c)),
        fuzzParameters(`trpc ${name}`),
      );
    });
  }

  it('batches, within and over maxBatchSize', { timeout: propertyTimeoutMs }, async () => {
    const cases = batchCaseArbitrary(harness.maxBatchSize, harness.bodyLimit);
    await fc.assert(fc.asyncProperty(cases, runBatch), fuzzParameters('trpc batch'));
  });

  it('listings, paged to the end, equal the model of every reported write', async () => {
    await harness.expectListingsMatchModel();
  });
});
