import { type OperationName, operationNames, routes } from '@acme/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-server.js';
import { trpcClient } from '../helpers/trpc-client.js';

// tRPC joins a batch's procedure names into one path segment; Fastify refused segments over
// 100 characters, so 8 × createProject failed as a whole long before TRPC_MAX_BATCH_SIZE.
// Generated from the router: the longest query and mutation names, at and past the limit.
const longest = (method: 'query' | 'mutation') =>
  operationNames
    .filter((name) => (routes[name].method === 'GET') === (method === 'query'))
    .reduce((a, b) => (b.length > a.length ? b : a)) as OperationName;

const apps: TestApp[] = [];
afterAll(async () => {
  for (const test of apps) await test.close();
});

async function batch(test: TestApp, name: string, count: number, method: 'query' | 'mutation') {
  const path = Array.from({ length: count }, () => name).join(',');
  const inputs = JSON.stringify(
    Object.fromEntries(Array.from({ length: count }, (_, i) => [i, {}])),
  );
  const response = await test.app.inject(
    method === 'query'
      ? { method: 'GET', url: `/trpc/${path}?batch=1&input=${encodeURIComponent(inputs)}` }
      : {
          method: 'POST',
          url: `/trpc/${path}?batch=1`,
          headers: { 'content-type': 'application/json' },
          payload: inputs,
        },
  );
  return { status: response.statusCode, body: response.json() as unknown };
}

describe.each([20, 50])('TRPC_MAX_BATCH_SIZE=%i', (limit) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp({ SEED: 'never', TRPC_MAX_BATCH_SIZE: String(limit) });
    apps.push(test);
  });

  describe.each(['query', 'mutation'] as const)('the longest %s name', (method) => {
    const name = longest(method);

    it(`${limit} × ${name} in one batch: each call answered on its own`, async () => {
      const { body } = await batch(test, name, limit, method);
      expect(Array.isArray(body), JSON.stringify(body).slice(0, 300)).toBe(true);
      expect(body).toHaveLength(limit);
    });

    it.each([limit + 1, limit * 4])(
      '%i calls: the documented batch error, 400 VALIDATION_FAILED',
      async (count) => {
        const { status, body } = await batch(test, name, count, method);
        expect(status).toBe(400);
        const { error } = body as {
          error: { data: { apiError: { code: string; message: string } } };
        };
        expect(error.data.apiError.code).toBe('VALIDATION_FAILED');
        expect(error.data.apiError.message).toBe(
          `A tRPC batch may call at most ${limit} procedures (TRPC_MAX_BATCH_SIZE); split it`,
        );
      },
    );
  });
});

describe('the tRPC client with batching, as the web app uses it', () => {
  it('answers a full batch of real calls, each with its own result', async () => {
    const test = await createTestApp();
    apps.push(test);
    const client = trpcClient(test.app, true);
    const calls = Array.from({ length: 20 }, (_, i) =>
      i % 2 === 0 ? client.listProjects.query({ limit: 1 }) : client.health.query(),
    );
    const results = await Promise.all(calls);
    expect(results.filter((result) => 'items' in result)).toHaveLength(10);
    expect(results.filter((result) => 'status' in result)).toHaveLength(10);
  });
});
