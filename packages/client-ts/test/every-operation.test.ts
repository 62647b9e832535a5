import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiClient,
  ApiRequestError,
  createApiClient,
  type OperationId,
  operationTable,
  UnauthenticatedError,
  type UnauthenticatedEvent,
  type User,
  unwrap,
} from '../src/index.js';

// Every operation of the contract, through the generated client, against the real server
// started in-process (in-memory seeded database). A route added to the contract without a call
// here fails the coverage test at the end.
const API_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '../../../apps/api/src/index.ts');
type StartServer = (overrides?: object) => Promise<{ url: string; close: () => Promise<void> }>;

const called = new Set<OperationId>();
/** Each request's Authorization header next to the token the app held when it was sent. */
const authSent: {
  operation: OperationId | undefined;
  held: string | undefined;
  header: string | null;
}[] = [];
/** The seeded account (apps/api/src/db/seed.ts). */
const DEMO = { email: 'demo@example.com', password: 'tether-demo' } as const;

/** The operation a request is for, by method and path template. */
function operationOf(request: Request): OperationId | undefined {
  const path = new URL(request.url).pathname.replace(/^\/api\/v1/, '');
  for (const [id, operation] of Object.entries(operationTable)) {
    const pattern = new RegExp(`^${operation.path.replace(/\{[^}]+\}/g, '[^/]+')}$`);
    if (operation.method === request.method && pattern.test(path)) return id as OperationId;
  }
  return undefined;
}

describe('client-ts against the running API', { timeout: 60_000 }, () => {
  let server: Awaited<ReturnType<StartServer>>;
  let client: ApiClient;
  /** The session token the client sends (what an app keeps after logIn). */
  let token: string | undefined;
  let me: User;
  const unauthenticated: UnauthenticatedEvent[] = [];

  beforeAll(async () => {
    const { startServer } = (await import(API_ENTRY)) as { startServer: StartServer };
    server = await startServer();
    client = createApiClient({
      baseUrl: new URL('/api/v1', server.url).href,
      headers: { 'x-client': 'client-ts-test' },
      auth: async () => token,
      onUnauthenticated: (event) => unauthenticated.push(event),
      fetch: async (request) => {
        const operation = operationOf(request);
        if (operation) called.add(operation);
        authSent.push({ operation, held: token, header: request.headers.get('authorization') });
        return fetch(request);
      },
    });
    // A cold in-memory PGlite start: seconds on a busy 2-core machine.
  }, 120_000);
  afterAll(async () => {
    await server?.close();
  });

  it('without a session: a signed-in route throws UnauthenticatedError and calls the hook', async () => {
    token = undefined;
    const error = await unwrap(client.GET('/projects')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect((error as UnauthenticatedError).status).toBe(401);
    expect(unauthenticated.map((event) => event.token)).toEqual([undefined]);
  });

  it('registers an account, logs in to the demo account and reads who is signed in', async () => {
    const email = `client-ts-${Date.now()}@example.com`;
    const registered = await unwrap(
      client.POST('/auth/register', {
        body: { email, password: 'a long enough password', displayName: 'Client Test' },
      }),
    );
    expect(registered.user.email).toBe(email);
    const wrong = await unwrap(
      client.POST('/auth/login', { body: { email: DEMO.email, password: 'not the password' } }),
    ).catch((thrown: unknown) => thrown);
    expect(wrong).toBeInstanceOf(UnauthenticatedError);
    const session = await unwrap(client.POST('/auth/login', { body: DEMO }));
    token = session.token;
    me = await unwrap(client.GET('/auth/me'));
    expect(me).toEqual(session.user);
    expect(me.email).toBe(DEMO.email);
  });

  it('reads health', async () => {
    const health = await unwrap(client.GET('/health'));
    expect(health.status).toBe('ok');
  });

  it('lists and gets users', async () => {
    const page = await unwrap(client.GET('/users', { params: { query: { limit: 2 } } }));
    expect(page.items.length).toBeGreaterThan(0);
    const first = page.items[0];
    if (!first) throw new Error('the seed has users');
    const user = await unwrap(
      client.GET('/users/{userId}', { params: { path: { userId: first.id } } }),
    );
    expect(user).toEqual(first);
  });

  it('creates, lists and gets projects', async () => {
    const project = await unwrap(
      client.POST('/projects', { body: { name: 'Client test', ownerId: me.id } }),
    );
    expect(project.ownerId).toBe(me.id);
    expect(project.settings.defaultStatus).toBe('todo');
    const fetched = await unwrap(
      client.GET('/projects/{projectId}', { params: { path: { projectId: project.id } } }),
    );
    expect(fetched).toEqual(project);
    const page = await unwrap(client.GET('/projects', { params: { query: { limit: 100 } } }));
    expect(page.items.map((item) => item.id)).toContain(project.id);
    // Only the signed-in user's projects: the seed's other owner's are not listed.
    expect(page.items.filter((item) => item.ownerId !== me.id)).toEqual([]);
  });

  it('creates, lists, gets, updates and deletes a task', async () => {
    const [project] = (await unwrap(client.GET('/projects'))).items;
    if (!project) throw new Error('the seed has projects');
    const task = await unwrap(
      client.POST('/tasks', {
        body: {
          projectId: project.id,
          title: 'From the TS client',
          attachments: [{ kind: 'link', url: 'https://example.com' }],
        },
      }),
    );
    expect(task).toMatchObject({ title: 'From the TS client', assigneeId: null, tags: [] });
    const listed = await unwrap(
      client.GET('/tasks', { params: { query: { projectId: project.id, limit: 100 } } }),
    );
    expect(listed.items.map((item) => item.id)).toContain(task.id);
    const path = { params: { path: { taskId: task.id } } };
    expect(await unwrap(client.GET('/tasks/{taskId}', path))).toEqual(task);
    const updated = await unwrap(
      client.PATCH('/tasks/{taskId}', { ...path, body: { status: 'done', dueAt: null } }),
    );
    expect(updated.status).toBe('done');
    const deleted = await client.DELETE('/tasks/{taskId}', path);
    expect(deleted.response.status).toBe(204);
    const gone = await client.GET('/tasks/{taskId}', path);
    expect(gone.error?.code).toBe('NOT_FOUND');
  });

  it('types and throws errors as the shared ApiError', async () => {
    const missing = client.GET('/users/{userId}', {
      params: { path: { userId: '00000000-0000-4000-8000-000000000000' } },
    });
    const error = await unwrap(missing).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).status).toBe(404);
    expect((error as ApiRequestError).apiError.code).toBe('NOT_FOUND');
    const invalid = await client.POST('/tasks', {
      body: { projectId: 'not-a-uuid', title: '' },
    });
    expect(invalid.response.status).toBe(400);
    expect(invalid.error?.code).toBe('VALIDATION_FAILED');
    expect(invalid.error?.details?.length).toBeGreaterThan(0);
  });

  it('logs out: the token is refused from then on, and the hook is told which token it was', async () => {
    const ended = token;
    const before = unauthenticated.length;
    const loggedOut = await client.POST('/auth/logout');
    expect(loggedOut.response.status).toBe(204);
    const error = await unwrap(client.GET('/auth/me')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect(unauthenticated.slice(before).map((event) => event.token)).toEqual([ended]);
    token = undefined;
  });

  it('sent the token the auth hook returned on every signed-in call, and never on a public one', () => {
    expect(authSent.filter((sent) => sent.held !== undefined).length).toBeGreaterThan(5);
    const publicWhileHeld = authSent.filter(
      (sent) =>
        sent.held !== undefined && sent.operation && !operationTable[sent.operation].signedIn,
    );
    expect(publicWhileHeld.length).toBeGreaterThan(0);
    for (const { operation, held, header } of authSent) {
      const signedIn = operation !== undefined && operationTable[operation].signedIn;
      expect(header, operation).toBe(held !== undefined && signedIn ? `Bearer ${held}` : null);
    }
  });

  it('called every operation of the contract', () => {
    expect([...called].sort()).toEqual(Object.keys(operationTable).sort());
  });
});
