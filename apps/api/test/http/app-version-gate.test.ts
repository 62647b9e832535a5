import {
  APP_VERSION_HEADER,
  ApiError,
  REST_PREFIX,
  type RouteDefinition,
  routes,
} from '@acme/contract';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAppVersionPolicy } from '../../src/http/app-version-gate.js';
import { deprecationHeaders } from '../../src/http/deprecation.js';
import { type AppServer, buildServer } from '../../src/index.js';
import { operations } from '../../src/operations.js';
import { restRoutes } from '../../src/rest/register-routes.js';
import { StartupError } from '../../src/startup-error.js';
import { trpcRoutes } from '../../src/trpc/plugin.js';
import { standaloneAuth } from '../helpers/standalone-auth.js';
import { testConfig } from '../helpers/test-server.js';

const MINIMUM = '1.2.0';
let app: AppServer;
beforeAll(async () => {
  app = await buildServer(testConfig({ SEED: 'never' }), {
    appVersionPolicy: { contractVersion: '0.1.0', minimumSupportedVersion: MINIMUM },
  });
});
afterAll(() => app?.close());

const health = (headers: Record<string, string> = {}) =>
  app.inject({ url: `${REST_PREFIX}/health`, headers });

describe('the app-version handshake (minimum 1.2.0)', () => {
  it.each(['1.1.9', '0.9.0', '1.2.0-beta.1', '1.2.0-rc.2+77', '1.1.99999+3'])(
    'x-app-version %s: 426 UPDATE_REQUIRED with the minimum, in the shared shape',
    async (version) => {
      const response = await health({ [APP_VERSION_HEADER]: version });
      expect(response.statusCode).toBe(426);
      const apiError = ApiError.parse(response.json());
      expect(apiError).toMatchObject({ code: 'UPDATE_REQUIRED', minimumAppVersion: MINIMUM });
    },
  );

  it.each(['1.2.0', '1.2.0+5', '1.10.0', '2.0.0-beta.1'])(
    'x-app-version %s: served',
    async (version) => {
      expect((await health({ [APP_VERSION_HEADER]: version })).statusCode).toBe(200);
    },
  );

  it('no header (a browser, curl): served as before', async () => {
    expect((await health()).statusCode).toBe(200);
  });

  it.each(['banana', '', '1.2', 'v1.1.0', '1.1.0 ', `1.1.0-${'x'.repeat(200)}`, '１.１.０'])(
    'a malformed x-app-version %j is an unknown client: served, never a 500',
    async (version) => {
      expect((await health({ [APP_VERSION_HEADER]: version })).statusCode).toBe(200);
    },
  );

  it('over tRPC: the same 426, its ApiError in the tRPC envelope', async () => {
    const response = await app.inject({
      url: '/trpc/health',
      headers: { [APP_VERSION_HEADER]: '1.0.0' },
    });
    expect(response.statusCode).toBe(426);
    const apiError = ApiError.parse(response.json().error.data.apiError);
    expect(apiError).toMatchObject({ code: 'UPDATE_REQUIRED', minimumAppVersion: MINIMUM });
  });
});

describe('the app-version policy file', () => {
  it('as generated: loads', () => {
    expect(loadAppVersionPolicy().contractVersion).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    { minimumSupportedVersion: 'latest' },
    { minimumSupportedVersion: 12 },
    { contractVersion: '' },
  ])('a bad value %j stops the start naming breaking.minimumSupportedVersion', (bad) => {
    const error = (() => {
      try {
        loadAppVersionPolicy({ contractVersion: '0.1.0', minimumSupportedVersion: null, ...bad });
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^breaking\.minimumSupportedVersion: /);
  });
});

describe('deprecated routes', () => {
  const deprecatedGetTask: RouteDefinition = {
    ...routes.getTask,
    deprecated: {
      since: '2026-12-01T00:00:00Z',
      sunset: '2027-06-01T00:00:00Z',
      use: 'listTasks',
    },
  };

  it('answer with Deprecation (RFC 9745) and Sunset (RFC 8594)', async () => {
    const server = Fastify();
    await server.register(restRoutes, {
      operations: { ...operations, getTask: async () => ({ ...sampleTask }) } as typeof operations,
      ...standaloneAuth(app.database),
      validateResponses: false,
      routeTable: { ...routes, getTask: deprecatedGetTask } as typeof routes,
    });
    const deprecated = await server.inject({ url: `${REST_PREFIX}/tasks/${sampleTask.id}` });
    expect(deprecated.headers.deprecation).toBe(`@${Date.UTC(2026, 11, 1) / 1000}`);
    expect(deprecated.headers.sunset).toBe('Tue, 01 Jun 2027 00:00:00 GMT');
    const current = await server.inject({ url: `${REST_PREFIX}/projects?limit=1` });
    expect(current.headers.deprecation).toBeUndefined();
    await server.close();
  });

  it('over tRPC too, also in a batch that calls it', async () => {
    const server = Fastify();
    await server.register(trpcRoutes, {
      operations: { ...operations, getTask: async () => ({ ...sampleTask }) } as typeof operations,
      ...standaloneAuth(app.database),
      production: false,
      validateResponses: false,
      maxBatchSize: 20,
      routeTable: { ...routes, getTask: deprecatedGetTask } as typeof routes,
    });
    const input = encodeURIComponent(JSON.stringify({ taskId: sampleTask.id }));
    const single = await server.inject({ url: `/trpc/getTask?input=${input}` });
    expect(single.statusCode).toBe(200);
    expect(single.headers.deprecation).toBe(`@${Date.UTC(2026, 11, 1) / 1000}`);
    const batchInput = encodeURIComponent(JSON.stringify({ 0: {}, 1: { taskId: sampleTask.id } }));
    const batch = await server.inject({ url: `/trpc/health,getTask?batch=1&input=${batchInput}` });
    expect(batch.headers.sunset).toBe('Tue, 01 Jun 2027 00:00:00 GMT');
    const current = await server.inject({ url: '/trpc/health' });
    expect(current.headers.deprecation).toBeUndefined();
    await server.close();
  });

  it.each([
    [{ since: 'yesterday', use: 'x' }, /deprecated\.since must be an ISO 8601 instant/],
    [
      { since: '2026-12-01T00:00:00Z', sunset: '2026-01-01T00:00:00Z', use: 'x' },
      /sunset must come after since/,
    ],
  ])('a malformed deprecation %j stops the start naming the route', (deprecation, message) => {
    expect(() => deprecationHeaders('getTask', deprecation)).toThrow(message);
    expect(() => deprecationHeaders('getTask', deprecation)).toThrow(/^Route getTask: /);
  });
});

const sampleTask = {
  id: '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
  projectId: '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
  title: 'Deprecated',
  description: '',
  status: 'todo',
  priority: 2,
  estimateHours: 0,
  assigneeId: null,
  tags: [],
  metadata: {},
  attachments: [],
  checklist: [],
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};
