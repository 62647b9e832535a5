import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ApiClient,
  ApiRequestError,
  createApiClient,
  type OperationId,
  operationTable,
  unwrap,
} from '../src/index.js';

// Every operation of the contract, through the generated client, against the real server
// started in-process (in-memory seeded database). A route added to the contract without a call
// here fails the coverage test at the end.
const API_ENTRY = join(dirname(fileURLToPath(import.meta.url)), '../../../apps/api/src/index.ts');
type StartServer = (overrides?: object) => Promise<{ url: string; close: () => Promise<void> }>;

const called = new Set<OperationId>();
const authHeaders: (string | null)[] = [];

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

  beforeAll(async () => {
    const { startServer } = (await import(API_ENTRY)) as { startServer: StartServer };
    server = await startServer();
    client = createApiClient({
      baseUrl: new URL('/api/v1', server.url).href,
      headers: { 'x-client': 'client-ts-test' },
      auth: async () => 'test-token',
      fetch: async (request) => {
        const operation = operationOf(request);
        if (operation) called.add(operation);
        authHeaders.push(request.headers.get('authorization'));
        return fetch(request);
      },
    });
    // A cold in-memory PGlite start: seconds on a busy 2-core machine.
  }, 120_000);
  afterAll(async () => {
    await server?.close();
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
    const [owner] = (await unwrap(client.GET('/users'))).items;
    if (!owner) throw new Error('the seed has users');
    const project = await unwrap(
      client.POST('/projects', { body: { name: 'Client test', ownerId: owner.id } }),
    );
    expect(project.settings.defaultStatus).toBe('todo');
    const fetched = await unwrap(
      client.GET('/projects/{projectId}', { params: { path: { projectId: project.id } } }),
    );
    expect(fetched).toEqual(project);
    const page = await unwrap(client.GET('/projects', { params: { query: { limit: 100 } } }));
    expect(page.items.map((item) => item.id)).toContain(project.id);
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

  it('sent the auth hook token on every request', () => {
    expect(authHeaders.length).toBeGreaterThan(0);
    expect(new Set(authHeaders)).toEqual(new Set(['Bearer test-token']));
  });

  it('called every operation of the contract', () => {
    expect([...called].sort()).toEqual(Object.keys(operationTable).sort());
  });
});
