import { type CreateTaskInput, REST_PREFIX, type UpdateTaskInput } from '@acme/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/test-server.js';
import { trpcClient } from './helpers/trpc-client.js';

// The same operation through REST and through tRPC must answer the same JSON: both adapters
// call the same handler, and a client may switch transports without noticing.

let test: TestApp;
let trpc: ReturnType<typeof trpcClient>;
let userId: string;
let projectId: string;
let taskId: string;

const rest = async (method: string, path: string, body?: unknown) => {
  const response = await test.app.inject({
    method: method as 'GET',
    url: `${REST_PREFIX}${path}`,
    ...(body === undefined ? {} : { payload: body as object }),
  });
  return { status: response.statusCode, body: response.body ? response.json() : undefined };
};

const without = (value: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

const newTask: Omit<CreateTaskInput, 'projectId'> = {
  title: 'Parity task',
  description: 'Created the same way twice',
  priority: 3,
  tags: ['parity'],
  metadata: { origin: 'test' },
  attachments: [
    { kind: 'link', url: 'https://example.com/a', title: 'A' },
    { kind: 'file', fileName: 'a.txt', mimeType: 'text/plain', sizeBytes: 3 },
    { kind: 'image', url: 'https://example.com/a.png', width: 10, height: 20 },
  ],
  checklist: [{ text: 'Parent', children: [{ text: 'Child', done: true }] }],
};

beforeAll(async () => {
  test = await createTestApp();
  trpc = trpcClient(test.app);
  const users = await rest('GET', '/users?limit=1');
  userId = users.body.items[0].id;
  const projects = await rest('GET', '/projects?limit=1');
  projectId = projects.body.items[0].id;
  const tasks = await rest('GET', '/tasks?limit=1');
  taskId = tasks.body.items[0].id;
});
afterAll(() => test?.close());

describe('REST and tRPC answer the same JSON', () => {
  it('health', async () => {
    const viaRest = await rest('GET', '/health');
    const viaTrpc = await trpc.health.query();
    expect(viaRest.status).toBe(200);
    // Latency is measured per call; everything else must match.
    expect(without(viaTrpc.database, 'latencyMs')).toEqual(
      without(viaRest.body.database, 'latencyMs'),
    );
    expect(without(viaTrpc, 'database')).toEqual(without(viaRest.body, 'database'));
    expect(viaRest.body.database).toMatchObject({ status: 'up' });
  });

  it('listUsers', async () => {
    const viaRest = await rest('GET', '/users?limit=2');
    expect(viaRest.status).toBe(200);
    expect(await trpc.listUsers.query({ limit: 2 })).toEqual(viaRest.body);
    const next = await rest('GET', `/users?limit=2&cursor=${viaRest.body.nextCursor}`);
    expect(await trpc.listUsers.query({ limit: 2, cursor: viaRest.body.nextCursor })).toEqual(
      next.body,
    );
  });

  it('getUser', async () => {
    const viaRest = await rest('GET', `/users/${userId}`);
    expect(viaRest.status).toBe(200);
    expect(await trpc.getUser.query({ userId })).toEqual(viaRest.body);
  });

  it('listProjects', async () => {
    const viaRest = await rest('GET', '/projects');
    expect(viaRest.status).toBe(200);
    expect(await trpc.listProjects.query()).toEqual(viaRest.body);
  });

  it('getProject', async () => {
    const viaRest = await rest('GET', `/projects/${projectId}`);
    expect(viaRest.status).toBe(200);
    expect(await trpc.getProject.query({ projectId })).toEqual(viaRest.body);
  });

  it('createProject', async () => {
    const input = {
      ownerId: test.session.user.id,
      description: 'Same input',
      settings: { color: '#aabbcc' },
    };
    const viaRest = await rest('POST', '/projects', { ...input, name: 'Parity REST' });
    const viaTrpc = await trpc.createProject.mutate({ body: { ...input, name: 'Parity tRPC' } });
    expect(viaRest.status).toBe(201);
    // Each call creates its own row: identity, time and the (unique) name differ by design.
    const stable = (project: Record<string, unknown>) =>
      without(project, 'id', 'createdAt', 'name');
    expect(stable(viaTrpc)).toEqual(stable(viaRest.body));
    expect(viaTrpc.settings).toEqual({ color: '#aabbcc', defaultStatus: 'todo', archived: false });
  });

  it('listTasks with filters', async () => {
    const viaRest = await rest('GET', `/tasks?limit=5&projectId=${projectId}&status=todo`);
    expect(viaRest.status).toBe(200);
    expect(viaRest.body.items.length).toBeGreaterThan(0);
    expect(await trpc.listTasks.query({ limit: 5, projectId, status: 'todo' })).toEqual(
      viaRest.body,
    );
  });

  it('getTask', async () => {
    const viaRest = await rest('GET', `/tasks/${taskId}`);
    expect(viaRest.status).toBe(200);
    expect(await trpc.getTask.query({ taskId })).toEqual(viaRest.body);
  });

  it('createTask', async () => {
    const body = { ...newTask, projectId, assigneeId: userId };
    const viaRest = await rest('POST', '/tasks', body);
    const viaTrpc = await trpc.createTask.mutate({ body });
    expect(viaRest.status).toBe(201);
    const stable = (task: Record<string, unknown>) => without(task, 'id', 'createdAt', 'updatedAt');
    expect(stable(viaTrpc)).toEqual(stable(viaRest.body));
    expect(viaRest.body.attachments[2]).toEqual({ ...newTask.attachments?.[2], altText: '' });
    expect(viaRest.body.checklist[0].children[0]).toEqual({
      text: 'Child',
      done: true,
      children: [],
    });
  });

  it('updateTask', async () => {
    const body: UpdateTaskInput = {
      title: 'Patched',
      status: 'blocked',
      dueAt: null,
      assigneeId: null,
      tags: [],
    };
    const viaRest = await rest('PATCH', `/tasks/${taskId}`, body);
    const viaTrpc = await trpc.updateTask.mutate({ taskId, body });
    expect(viaRest.status).toBe(200);
    expect(without(viaTrpc, 'updatedAt')).toEqual(without(viaRest.body, 'updatedAt'));
    expect(viaTrpc).toMatchObject({
      title: 'Patched',
      status: 'blocked',
      assigneeId: null,
      tags: [],
    });
    expect(viaTrpc).not.toHaveProperty('dueAt');
  });

  it('deleteTask', async () => {
    const body = { projectId, title: 'To delete' };
    const first = (await rest('POST', '/tasks', body)).body.id;
    const second = (await rest('POST', '/tasks', body)).body.id;
    const viaRest = await rest('DELETE', `/tasks/${first}`);
    expect(viaRest).toEqual({ status: 204, body: undefined });
    expect(await trpc.deleteTask.mutate({ taskId: second })).toBeUndefined();
    for (const id of [first, second]) {
      expect((await rest('GET', `/tasks/${id}`)).status).toBe(404);
    }
  });
});
