import { randomUUID } from 'node:crypto';
import {
  type OperationName,
  operationNames,
  type Project,
  REST_PREFIX,
  type RouteDefinition,
  routes,
  type Session,
  type Task,
} from '@acme/contract';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, mintSession, registerUser } from '../helpers/sessions.js';
import { createTestApp, type TestApp } from '../helpers/test-server.js';

/**
 * The authorization matrix: every route of the contract × every kind of caller, over REST and
 * tRPC, on the database the suite runs on (PGlite, and PostgreSQL in CI). The expected status
 * is derived from the route table (access, and which inputs name an owned resource), so a
 * route added to the contract is in the matrix by construction; `calls` below must gain an
 * entry for it (a type error otherwise).
 */
const identities = [
  'anonymous',
  'owner',
  'other user',
  'expired token',
  'malformed header',
] as const;
type Identity = (typeof identities)[number];

const PASSWORD = 'correct horse battery staple';

interface Fixture {
  test: TestApp;
  owner: Session;
  other: Session;
  project: Project;
  task: Task;
  /** A task of the owner's that this call alone uses (updates and deletes change it). */
  newTask(): Promise<Task>;
}

interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
}

/** How each route is called with the owner's resources. */
const calls: { [N in OperationName]: (fixture: Fixture) => Call | Promise<Call> } = {
  health: () => ({}),
  register: () => ({
    body: { email: `matrix-${randomUUID()}@example.com`, password: PASSWORD, displayName: 'M' },
  }),
  logIn: ({ owner }) => ({ body: { email: owner.user.email, password: PASSWORD } }),
  logOut: () => ({}),
  getCurrentUser: () => ({}),
  listUsers: () => ({}),
  getUser: ({ owner }) => ({ params: { userId: owner.user.id } }),
  listProjects: () => ({}),
  getProject: ({ project }) => ({ params: { projectId: project.id } }),
  createProject: ({ owner }) => ({
    body: { name: `Matrix ${randomUUID()}`, ownerId: owner.user.id },
  }),
  listTasks: () => ({}),
  getTask: ({ task }) => ({ params: { taskId: task.id } }),
  createTask: ({ project }) => ({ body: { projectId: project.id, title: 'Matrix task' } }),
  updateTask: async (fixture) => ({
    params: { taskId: (await fixture.newTask()).id },
    body: { title: 'Changed by the matrix' },
  }),
  deleteTask: async (fixture) => ({ params: { taskId: (await fixture.newTask()).id } }),
};

/** Inputs that name a resource only its owner may see: another user gets 404 for it. */
const OWNED_INPUTS = new Set(['params.projectId', 'params.taskId', 'body.projectId']);
/** An input that must be the caller itself: another user naming the owner gets 403. */
const SELF_INPUTS = new Set(['body.ownerId']);

function inputNames(route: RouteDefinition): string[] {
  const names: string[] = [];
  for (const [part, schema] of [
    ['params', route.params],
    ['query', route.query],
    ['body', route.body],
  ] as const) {
    const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape ?? {};
    for (const key of Object.keys(shape)) names.push(`${part}.${key}`);
  }
  return names;
}

/** The status a caller gets, from the route table alone. */
function expectedStatus(route: RouteDefinition, identity: Identity): number {
  if (route.access === 'public') return route.successStatus;
  if (identity === 'anonymous' || identity === 'expired token' || identity === 'malformed header')
    return 401;
  if (identity === 'owner') return route.successStatus;
  const inputs = inputNames(route);
  if (inputs.some((name) => OWNED_INPUTS.has(name))) return 404;
  if (inputs.some((name) => SELF_INPUTS.has(name))) return 403;
  return route.successStatus;
}

const codeOf: Record<number, string> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
};

const MALFORMED = [
  'Bearer',
  'Basic ZGVtb0BleGFtcGxlLmNvbTp0ZXRoZXItZGVtbw==',
  'Bearer short',
  'Bearer two tokens-that-are-long-enough-to-pass-the-length-check',
  'Token q3Jm0vYy2m5t3bqkWv1cXo8m4J0uZr9nT6aLpE2sHdQ',
];

let fixture: Fixture;

async function authorizationOf(identity: Identity, index: number): Promise<string> {
  const { test, owner, other } = fixture;
  switch (identity) {
    case 'anonymous':
      return '';
    // A session per call: a log-out in the matrix must not end the next call's session.
    case 'owner':
      return bearer(await mintSession(test.app, owner.user.id));
    case 'other user':
      return bearer(await mintSession(test.app, other.user.id));
    case 'expired token':
      return bearer(await mintSession(test.app, owner.user.id, new Date(Date.now() - 1000)));
    case 'malformed header':
      return MALFORMED[index % MALFORMED.length] as string;
  }
}

function restRequest(route: RouteDefinition, call: Call, authorization: string): InjectOptions {
  const path = route.path.replace(/\{(\w+)\}/g, (_, key: string) => call.params?.[key] ?? '');
  const query = new URLSearchParams(call.query).toString();
  return {
    method: route.method,
    url: `${REST_PREFIX}${path}${query ? `?${query}` : ''}`,
    headers: { authorization },
    ...(call.body && { payload: call.body }),
  };
}

function trpcRequest(
  name: OperationName,
  route: RouteDefinition,
  call: Call,
  authorization: string,
): InjectOptions {
  const input = { ...call.params, ...call.query, ...(call.body && { body: call.body }) };
  return route.method === 'GET'
    ? {
        method: 'GET',
        url: `/trpc/${name}?input=${encodeURIComponent(JSON.stringify(input))}`,
        headers: { authorization },
      }
    : { method: 'POST', url: `/trpc/${name}`, headers: { authorization }, payload: input };
}

beforeAll(async () => {
  const test = await createTestApp({ SEED: 'never', RATE_LIMIT_ENABLED: 'false' });
  const owner = await registerUser(test.app, 'owner');
  const other = await registerUser(test.app, 'other');
  const as = (session: Session) => ({ authorization: bearer(session.token) });
  const project = (
    await test.app.inject({
      method: 'POST',
      url: `${REST_PREFIX}/projects`,
      headers: as(owner),
      payload: { name: 'Owner project', ownerId: owner.user.id },
    })
  ).json<Project>();
  const newTask = async () =>
    (
      await test.app.inject({
        method: 'POST',
        url: `${REST_PREFIX}/tasks`,
        headers: as(owner),
        payload: { projectId: project.id, title: 'Owner task' },
      })
    ).json<Task>();
  fixture = { test, owner, other, project, task: await newTask(), newTask };
  expect(fixture.task.projectId).toBe(project.id);
});

afterAll(() => fixture?.test.close());

describe.each(['REST', 'tRPC'] as const)('authorization matrix over %s', (transport) => {
  for (const name of operationNames) {
    const route: RouteDefinition = routes[name];
    it.each(identities.map((identity, index) => [identity, index] as const))(
      `${name} (${route.access}) as %s`,
      async (identity, index) => {
        const expected = expectedStatus(route, identity);
        const call = await calls[name](fixture);
        const authorization = await authorizationOf(identity, index);
        const request =
          transport === 'REST'
            ? restRequest(route, call, authorization)
            : trpcRequest(name, route, call, authorization);
        const response = await fixture.test.app.inject(request);
        const success = expected < 300;
        const status = transport === 'tRPC' && success ? 200 : expected;
        expect(response.statusCode, `${identity}: ${response.body.slice(0, 300)}`).toBe(status);
        if (!success) {
          const body = response.json();
          const apiError = transport === 'REST' ? body : body.error.data.apiError;
          expect(apiError.code).toBe(codeOf[expected]);
        }
        if (success && identity === 'other user' && name.startsWith('list')) {
          // A list answers, without the owner's resources.
          const items = (transport === 'REST' ? response.json() : response.json().result.data)
            .items as { id: string }[];
          const ownerIds = [fixture.project.id, fixture.task.id];
          expect(items.filter((item) => ownerIds.includes(item.id))).toEqual([]);
        }
      },
    );
  }
});

describe('what another user learns', () => {
  it('nothing: their 404 for an existing resource reads like the one for a missing id', async () => {
    const { test, other, task, project } = fixture;
    const authorization = bearer(await mintSession(test.app, other.user.id));
    const missing = randomUUID();
    for (const [path, id] of [
      ['tasks', task.id],
      ['projects', project.id],
    ] as const) {
      const existing = await test.app.inject({
        url: `${REST_PREFIX}/${path}/${id}`,
        headers: { authorization },
      });
      const absent = await test.app.inject({
        url: `${REST_PREFIX}/${path}/${missing}`,
        headers: { authorization },
      });
      expect(existing.statusCode).toBe(404);
      expect(existing.body.replace(id, 'ID')).toBe(absent.body.replace(missing, 'ID'));
    }
  });

  it('every malformed form of the header is a 401 with the shared error shape', async () => {
    for (const authorization of MALFORMED) {
      const response = await fixture.test.app.inject({
        url: `${REST_PREFIX}/auth/me`,
        headers: { authorization },
      });
      expect(response.statusCode, authorization).toBe(401);
      expect(response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });
});
