import { REST_PREFIX } from '@acme/contract';
import rateLimitPlugin, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installErrorHandler } from '../../src/http/error-handler.js';
import { installRateLimit, waitInWords } from '../../src/http/rate-limit.js';
import { type BareTestApp, createBareTestApp } from '../helpers/test-server.js';

// The limiter drives @fastify/rate-limit's store from a callback hook instead of the plugin's
// async one (PERFORMANCE.md): same counting, same headers, same stores.

const limitHeaders = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-reset',
  'retry-after',
];

async function answers(app: FastifyInstance, count: number) {
  const seen = [];
  for (let i = 0; i < count; i++) {
    const response = await app.inject({ url: '/hello' });
    seen.push({
      status: response.statusCode,
      ...Object.fromEntries(limitHeaders.map((name) => [name, response.headers[name]])),
    });
  }
  return seen;
}

describe('rate limit, against @fastify/rate-limit itself', () => {
  it('counts and answers with the same statuses and headers as the plugin', async () => {
    const plugin = Fastify({ logger: false });
    await plugin.register(rateLimitPlugin, { global: true, max: 3, timeWindow: 30_000 });
    plugin.get('/hello', async () => ({ hello: 'world' }));
    const ours = Fastify({ logger: false });
    installRateLimit(ours, { max: 3, windowMs: 30_000 });
    installErrorHandler(ours, true);
    ours.get('/hello', async () => ({ hello: 'world' }));
    try {
      const [expected, actual] = [await answers(plugin, 5), await answers(ours, 5)];
      expect(expected.map((answer) => answer.status)).toEqual([200, 200, 200, 429, 429]);
      expect(actual).toEqual(expected);
    } finally {
      await Promise.all([plugin.close(), ours.close()]);
    }
  });

  it('words the wait as the plugin does', () => {
    expect(
      [0, 1, 2, 30, 59, 60, 90, 3_599, 3_600, 86_399, 86_400].map((seconds) =>
        waitInWords(seconds),
      ),
    ).toEqual([
      '0 ms',
      '1 second',
      '2 seconds',
      '30 seconds',
      '59 seconds',
      '1 minute',
      '2 minutes',
      '60 minutes',
      '1 hour',
      '24 hours',
      '1 day',
    ]);
  });
});

describe('rate limit stores', () => {
  let first: BareTestApp;
  beforeAll(async () => {
    first = await createBareTestApp({ SEED: 'never' });
  });
  afterAll(() => first?.close());
  const url = `${REST_PREFIX}/health`;

  it('two instances given one store share one limit (what RedisStore does across hosts)', async () => {
    // An asynchronous store, as a networked one is: the answer comes on a later turn.
    const local = new LocalStore(false, false);
    const shared: FastifyRateLimitStore = {
      incr: (key, callback, windowMs, max) =>
        setImmediate(() => local.incr(key, callback, windowMs, max)),
      child: () => shared,
    };
    const options = { database: first.app.database, rateLimitStore: shared };
    const [a, b] = await Promise.all([
      createBareTestApp({ RATE_LIMIT_MAX: '2', SEED: 'never' }, options),
      createBareTestApp({ RATE_LIMIT_MAX: '2', SEED: 'never' }, options),
    ]);
    try {
      expect((await a.app.inject({ url })).statusCode).toBe(200);
      const second = await b.app.inject({ url });
      expect(second.statusCode).toBe(200);
      expect(second.headers['x-ratelimit-remaining']).toBe('0');
      const third = await a.app.inject({ url });
      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ code: 'RATE_LIMITED' });
      expect(third.headers['retry-after']).toMatch(/^\d+$/);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('a failing store fails the request in the shared shape (the plugin does not skip it)', async () => {
    const broken: FastifyRateLimitStore = {
      incr: (_key, callback) => callback(new Error('store unreachable')),
      child: () => broken,
    };
    const app = await createBareTestApp(
      { NODE_ENV: 'production', SEED: 'never' },
      { database: first.app.database, rateLimitStore: broken },
    );
    try {
      const response = await app.app.inject({ url });
      expect(response.statusCode).toBe(500);
      expect(response.json()).toMatchObject({ code: 'INTERNAL' });
    } finally {
      await app.close();
    }
  });
});
