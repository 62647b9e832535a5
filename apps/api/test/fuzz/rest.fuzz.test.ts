import { type OperationName, routes } from '@acme/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyOutcome } from './effects.js';
import { type FuzzHarness, startFuzzServer } from './harness.js';
import { planOf } from './plans.js';
import { checkRestReply, expectServed } from './response-checks.js';
import { type RestCase, renderRest, restCaseArbitrary } from './rest-cases.js';
import { fuzzParameters, propertyTimeoutMs } from './settings.js';

// Every route of the table over REST, valid and hostile calls mixed: never a 5xx, errors in the
// shared shape without internals, successes in the route's model, and the data as the model of
// every reported write says. FUZZ_RUNS / FUZZ_SEED: see settings.ts.

let harness: FuzzHarness;
beforeAll(async () => {
  harness = await startFuzzServer();
});
afterAll(async () => {
  harness?.report('REST');
  await harness?.close();
});

async function runCase(name: OperationName, c: RestCase) {
  const rendered = renderRest(name, c, harness.model.resolve);
  const reply = await harness.inject(name, rendered.options);
  const { reached, summary } = rendered;
  // HEAD answers as its GET route would, minus the body (errors included): the status is all
  // there is to check.
  if (rendered.options.method === 'HEAD') {
    expectServed(reply, summary);
    expect(reply.body, summary).toBe('');
    return;
  }
  const outcome = checkRestReply(reached?.name, reply, summary);
  if (reached) {
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

describe('REST fuzz', () => {
  it('has a plan for every route of the table', () => {
    for (const name of Object.keys(routes)) expect(() => planOf(name)).not.toThrow();
  });

  for (const name of Object.keys(routes) as OperationName[]) {
    const route = routes[name];
    it(`${name}: ${route.method} ${route.path}`, { timeout: propertyTimeoutMs }, async () => {
      const cases = restCaseArbitrary(name, harness.bodyLimit);
      await fc.assert(
        fc.asyncProperty(cases, (c) => runCase(name, c)),
        fuzzParameters(`rest ${name}`),
      );
    });
  }

  it('listings, paged to the end, equal the model of every reported write', async () => {
    await harness.expectListingsMatchModel();
  });
});
