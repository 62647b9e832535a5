import { routes, Task, TaskPage } from '@acme/contract';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePlainJsonCheck } from '../../src/rest/plain-json.js';
import { responseSchemaFactory } from '../../src/rest/response-schema.js';
import { createTestApp, type TestApp } from '../helpers/test-server.js';

const schemaOf = responseSchemaFactory(routes);
const taskSchema = schemaOf(Task);
const pageSchema = schemaOf(TaskPage);

// What the routes wrote before the fast path: Fastify's own fast-json-stringify output.
async function fastJsonStringify(schema: object, value: unknown): Promise<string> {
  const app = Fastify();
  app.get('/', { schema: { response: { 200: schema } } }, async () => value);
  const response = await app.inject({ url: '/' });
  await app.close();
  return response.body;
}

const task = Task.parse({
  id: '0b5a6f1e-2c4d-4e8f-9a0b-1c2d3e4f5a6b',
  projectId: '1b5a6f1e-2c4d-4e8f-9a0b-1c2d3e4f5a6b',
  title: 'Quote " backslash \\ newline \n emoji \u{1F600}',
  dueAt: '2026-02-01T00:00:00.000Z',
  assigneeId: null,
  tags: ['a'],
  metadata: { sprint: '7' },
  attachments: [
    { kind: 'link', url: 'https://e.x/a', title: 'Spec' },
    { kind: 'file', fileName: 'f', mimeType: 'text/plain', sizeBytes: 1 },
    { kind: 'image', url: 'https://e.x/i.png', width: 1, height: 2, altText: 'alt' },
  ],
  checklist: [{ text: 'a', children: [{ text: 'b', done: true, children: [{ text: 'c' }] }] }],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('compilePlainJsonCheck', () => {
  const fitsTask = compilePlainJsonCheck(taskSchema);
  const fitsPage = compilePlainJsonCheck(pageSchema);

  it('accepts contract-shaped values, for which JSON.stringify writes what fast-json-stringify does', async () => {
    const page = TaskPage.parse({
      items: [task, { ...task, assigneeId: task.id }],
      nextCursor: null,
    });
    expect(fitsTask?.(task)).toBe(true);
    expect(fitsPage?.(page)).toBe(true);
    expect(JSON.parse(JSON.stringify(task))).toEqual(
      JSON.parse(await fastJsonStringify(taskSchema, task)),
    );
    expect(JSON.parse(JSON.stringify(page))).toEqual(
      JSON.parse(await fastJsonStringify(pageSchema, page)),
    );
  });

  it.each([
    ['an undeclared key', { ...task, passwordHash: 'x' }],
    [
      'an undeclared key in a nested union variant',
      { ...task, attachments: [{ kind: 'link', url: 'u', secret: 1 }] },
    ],
    ['a Date where a date-time string is declared', { ...task, createdAt: new Date(0) }],
    ['a fractional integer', { ...task, priority: 1.5 }],
    ['a non-finite number', { ...task, estimateHours: Number.NaN }],
    ['a missing required key', { ...task, title: undefined }],
    ['a metadata value of the wrong type', { ...task, metadata: { a: 1 } }],
    ['a class instance', Object.assign(new (class Row {})(), task)],
    [
      'a deep checklist item with an extra key',
      {
        ...task,
        checklist: [
          { text: 'a', done: false, children: [{ text: 'b', done: false, children: [], x: 1 }] },
        ],
      },
    ],
  ])('leaves %s to fast-json-stringify', (_label, value) => {
    expect(fitsTask?.(value)).toBe(false);
  });

  it('offers no fast path for a schema with keywords it does not model', () => {
    expect(
      compilePlainJsonCheck({ anyOf: [{ type: 'string' }, { type: 'object' }] }),
    ).toBeUndefined();
    expect(compilePlainJsonCheck({ type: 'string', const: 'x' })).toBeUndefined();
    expect(compilePlainJsonCheck({ type: 'object', patternProperties: {} })).toBeUndefined();
  });
});

describe('REST responses', () => {
  let test: TestApp;
  let other: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    other = await createTestApp(
      { VALIDATE_RESPONSES: 'false' },
      {
        database: test.app.database,
        // A handler leaking a column the contract does not declare.
        operations: { getTask: async () => ({ ...task, internalNote: 'secret' }) as never },
      },
    );
  });
  afterAll(async () => {
    await other.close();
    await test.close();
  });

  it('still drop undeclared fields when a handler returns them', async () => {
    const response = await other.app.inject({ url: `/api/v1/tasks/${task.id}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(task)));
  });

  it('send contract-shaped output with the JSON content type and security headers', async () => {
    const response = await test.app.inject({ url: '/api/v1/tasks?limit=2' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(TaskPage.parse(response.json()).items).toHaveLength(2);
  });
});
