import { REST_PREFIX } from '@acme/contract';
import { TRPCClientError } from '@trpc/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Operations } from '../src/index.js';
import { ZERO_ID } from './helpers/bad-input-cases.js';
import { createBareTestApp, createTestApp, type TestApp } from './helpers/test-server.js';
import { trpcClient } from './helpers/trpc-client.js';

let test: TestApp;
let trpc: ReturnType<typeof trpcClient>;
let userId: string;
let projectId: string;

beforeAll(async () => {
  test = await createTestApp({ BODY_LIMIT_BYTES: '4096', TRPC_MAX_BATCH_SIZE: '3' });
  trpc = trpcClient(test.app);
  const first = async (path: string) =>
    (await test.app.inject({ url: `${REST_PREFIX}${path}?limit=1` })).json().items[0].id as string;
  // The caller: the owner of what the tests create.
  userId = test.session.user.id;
  projectId = await first('/projects');
});
afterAll(() => test?.close());

const trpcError = async (call: () => Promise<unknown>) => {
  try {
    await call();
  } catch (error) {
    if (error instanceof TRPCClientError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
};

describe('unknown ids', () => {
  it.each([
    ['GET', `/users/${ZERO_ID}`],
    ['GET', `/projects/${ZERO_ID}`],
    ['GET', `/tasks/${ZERO_ID}`],
    ['PATCH', `/tasks/${ZERO_ID}`],
    ['DELETE', `/tasks/${ZERO_ID}`],
  ])('%s %s -> 404 NOT_FOUND over REST', async (method, path) => {
    const response = await test.app.inject({
      method: method as 'GET',
      url: `${REST_PREFIX}${path}`,
      ...(method === 'PATCH' ? { payload: { title: 'x' } } : {}),
    });
    expect(response.statusCode).toBe(404);
    const kind = { users: 'User', projects: 'Project', tasks: 'Task' }[
      path.split('/')[1] as string
    ];
    expect(response.json()).toEqual({
      code: 'NOT_FOUND',
      message: `${kind} ${ZERO_ID} does not exist`,
    });
  });

  it('references to missing rows in bodies -> 404 naming the row', async () => {
    const task = await test.app.inject({
      method: 'POST',
      url: `${REST_PREFIX}/tasks`,
      payload: { projectId, title: 'x', assigneeId: ZERO_ID },
    });
    expect(task.statusCode).toBe(404);
    expect(task.json()).toMatchObject({
      code: 'NOT_FOUND',
      message: `User ${ZERO_ID} does not exist`,
    });
  });

  it('over tRPC: NOT_FOUND with the ApiError in data', async () => {
    const error = await trpcError(() => trpc.getTask.query({ taskId: ZERO_ID }));
    expect(error.data).toMatchObject({
      code: 'NOT_FOUND',
      httpStatus: 404,
      apiError: { code: 'NOT_FOUND', message: `Task ${ZERO_ID} does not exist` },
    });
  });
});

describe('ownership', () => {
  it('a project for another owner (or none that exists) -> 403 FORBIDDEN naming ownerId', async () => {
    const project = await test.app.inject({
      method: 'POST',
      url: `${REST_PREFIX}/projects`,
      payload: { name: 'Orphan', ownerId: ZERO_ID },
    });
    expect(project.statusCode).toBe(403);
    expect(project.json()).toMatchObject({
      code: 'FORBIDDEN',
      details: [{ location: 'body', path: 'ownerId' }],
    });
    const error = await trpcError(() =>
      trpc.createProject.mutate({ body: { name: 'Orphan', ownerId: ZERO_ID } }),
    );
    expect(error.data).toMatchObject({ httpStatus: 403, apiError: { code: 'FORBIDDEN' } });
  });
});

describe('conflicts', () => {
  it('a second project with the same name (any case) for one owner -> 409 on both transports', async () => {
    const body = { name: 'Twice', ownerId: userId };
    const url = `${REST_PREFIX}/projects`;
    expect((await test.app.inject({ method: 'POST', url, payload: body })).statusCode).toBe(201);
    const again = await test.app.inject({
      method: 'POST',
      url,
      payload: { ...body, name: 'TWICE' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONFLICT');
    const error = await trpcError(() => trpc.createProject.mutate({ body }));
    expect(error.data).toMatchObject({ httpStatus: 409, apiError: { code: 'CONFLICT' } });
  });
});

describe('payload too large', () => {
  const big = { projectId: ZERO_ID, title: 'x', description: 'y'.repeat(5000) };
  it('REST -> 413 PAYLOAD_TOO_LARGE', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: `${REST_PREFIX}/tasks`,
      payload: big,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('tRPC -> 413 with the ApiError in data', async () => {
    const error = await trpcError(() => trpc.createTask.mutate({ body: big }));
    expect(error.data).toMatchObject({ httpStatus: 413, apiError: { code: 'PAYLOAD_TOO_LARGE' } });
  });
});

describe('tRPC batches', () => {
  it('refuses more calls than maxBatchSize in one request', async () => {
    const calls = Array.from({ length: 4 }, () => 'health').join(',');
    const response = await test.app.inject({ url: `/trpc/${calls}?batch=1&input={}` });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('VALIDATION_FAILED');
  });

  it('a refused batch still answers JSON (tRPC left its content type out)', async () => {
    const response = await test.app.inject({
      method: 'POST',
      url: '/trpc/listUsers,createTask?batch=1',
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json().error.data.apiError).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('answers a batch within the limit', async () => {
    const batched = trpcClient(test.app, true);
    const [users, projects] = await Promise.all([
      batched.listUsers.query({ limit: 1 }),
      batched.listProjects.query({ limit: 1 }),
    ]);
    expect(users.items).toHaveLength(1);
    expect(projects.items).toHaveLength(1);
  });
});

describe('malformed URLs (answered by Fastify before routing)', () => {
  it.each([
    ['bad percent-encoding', `${REST_PREFIX}/tasks/%zz`],
    ['a path parameter over maxParamLength', `${REST_PREFIX}/tasks/${'a'.repeat(101)}`],
  ])('%s -> 400 in the shared shape, not in the one of Fastify', async (_what, url) => {
    const response = await test.app.inject({ url });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json()).sort()).toEqual(['code', 'details', 'message']);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('under /trpc, inside the tRPC error envelope', async () => {
    const response = await test.app.inject({ url: '/trpc/%zz' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.data.apiError).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('unknown routes', () => {
  it('answer 404 in the shared shape', async () => {
    const response = await test.app.inject({ url: `${REST_PREFIX}/nothing-here` });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('rate limiting (on by default)', () => {
  it('answers 429 RATE_LIMITED on REST and tRPC once the window is used up', async () => {
    const limited = await createBareTestApp(
      { RATE_LIMIT_MAX: '2' },
      { database: test.app.database },
    );
    try {
      const client = trpcClient(limited.app);
      for (let i = 0; i < 2; i++) {
        expect((await limited.app.inject({ url: `${REST_PREFIX}/health` })).statusCode).toBe(200);
      }
      const rest = await limited.app.inject({ url: `${REST_PREFIX}/health` });
      expect(rest.statusCode).toBe(429);
      expect(rest.json()).toMatchObject({ code: 'RATE_LIMITED' });
      expect(rest.headers['retry-after']).toBeDefined();
      const error = await trpcError(() => client.health.query());
      expect(error.data).toMatchObject({ httpStatus: 429, apiError: { code: 'RATE_LIMITED' } });
    } finally {
      await limited.close();
    }
  });
});

describe('server faults', () => {
  const failing: Partial<Operations> = {
    listUsers: async () => {
      throw new Error('connection string postgres://admin:secret@db leaked');
    },
  };

  it('production: 500 INTERNAL with a generic message and no stack, on both transports', async () => {
    const prod = await createTestApp(
      { NODE_ENV: 'production' },
      { operations: failing, database: test.app.database },
    );
    try {
      const rest = await prod.app.inject({ url: `${REST_PREFIX}/users` });
      expect(rest.statusCode).toBe(500);
      expect(rest.json()).toEqual({ code: 'INTERNAL', message: 'An internal error occurred' });
      const trpc = await prod.app.inject({ url: '/trpc/listUsers' });
      expect(trpc.statusCode).toBe(500);
      expect(trpc.body).not.toContain('secret');
      expect(trpc.body).not.toMatch(/\.(ts|js):\d+/);
      expect(trpc.json().error.data).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        httpStatus: 500,
        path: 'listUsers',
        apiError: { code: 'INTERNAL', message: 'An internal error occurred' },
      });
    } finally {
      await prod.close();
    }
  });

  it('development: the message helps debugging, the stack still stays in the log', async () => {
    const dev = await createTestApp(
      { NODE_ENV: 'development', LOG_LEVEL: 'silent' },
      { operations: failing, database: test.app.database },
    );
    try {
      const rest = await dev.app.inject({ url: `${REST_PREFIX}/users` });
      expect(rest.statusCode).toBe(500);
      expect(rest.json().message).toContain('leaked');
      const trpc = await dev.app.inject({ url: '/trpc/listUsers' });
      expect(trpc.json().error.data.apiError.code).toBe('INTERNAL');
      expect(trpc.json().error.data).not.toHaveProperty('stack');
    } finally {
      await dev.close();
    }
  });

  it('a response that breaks the contract is a 500, not shipped', async () => {
    const broken = await createTestApp(
      {},
      {
        operations: { getUser: async () => ({ id: 'nope' }) as never },
        database: test.app.database,
      },
    );
    try {
      const response = await broken.app.inject({ url: `${REST_PREFIX}/users/${ZERO_ID}` });
      expect(response.statusCode).toBe(500);
      expect(response.json().message).toMatch(/getUser breaks its contract: id/);
    } finally {
      await broken.close();
    }
  });
});
