import { REST_PREFIX } from '@acme/contract';
import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-server.js';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp({ SEED: 'never', CORS_ORIGINS: 'https://app.example' });
});
afterAll(() => test?.close());

const securityHeaders = [
  'content-security-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'referrer-policy',
];

describe('security headers', () => {
  it.each([
    ['a REST answer', `${REST_PREFIX}/health`],
    ['a validation error', `${REST_PREFIX}/tasks?limit=0`],
    ['an unknown route', '/nothing'],
    ['the docs page', '/docs/'],
    ['a tRPC answer', '/trpc/health'],
  ])('are on %s, as @fastify/helmet itself sets them', async (_what, url) => {
    const reference = Fastify();
    await reference.register(helmet, {
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    });
    reference.get('/', async () => ({}));
    const expected = (await reference.inject({ url: '/' })).headers;
    await reference.close();
    const response = await test.app.inject({ url });
    for (const name of securityHeaders) {
      expect(response.headers[name], name).toBe(expected[name]);
    }
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('grant CORS to configured origins only', async () => {
    const allowed = await test.app.inject({
      url: `${REST_PREFIX}/health`,
      headers: { origin: 'https://app.example' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.example');
    const other = await test.app.inject({
      url: `${REST_PREFIX}/health`,
      headers: { origin: 'https://evil.example' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
