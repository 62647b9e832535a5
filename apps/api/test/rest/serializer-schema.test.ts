import { buildContractSchemas, routes, Task, type TaskPage } from '@acme/contract';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { responseSchemaFactory } from '../../src/rest/response-schema.js';

// Serialize through Fastify itself (its fast-json-stringify compiler), as the REST routes do.
async function serializeWith(
  model: typeof Task | (typeof routes)['listTasks']['response'],
  value: unknown,
) {
  const app = Fastify();
  app.get(
    '/',
    { schema: { response: { 200: responseSchemaFactory(routes)(model) } } },
    async () => value,
  );
  const response = await app.inject({ url: '/' });
  await app.close();
  return response.body;
}

const base = {
  id: '0b5a6f1e-2c4d-4e8f-9a0b-1c2d3e4f5a6b',
  projectId: '1b5a6f1e-2c4d-4e8f-9a0b-1c2d3e4f5a6b',
  title: 'T',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('response serialization schemas', () => {
  it('write every attachment kind exactly as JSON.stringify, inventing no field', async () => {
    const task = Task.parse({
      ...base,
      assigneeId: null,
      attachments: [
        { kind: 'link', url: 'https://e.x/a' },
        { kind: 'file', fileName: 'f', mimeType: 'text/plain', sizeBytes: 1 },
        { kind: 'image', url: 'https://e.x/i.png', width: 1, height: 2, altText: 'alt' },
      ],
      checklist: [{ text: 'a', children: [{ text: 'b', done: true }] }],
      metadata: { k: 'v' },
    });
    const body = await serializeWith(Task, task);
    expect(JSON.parse(body)).toEqual(JSON.parse(JSON.stringify(task)));
    expect(body).not.toContain('altText":""');
  });

  it('keep nullable and absent fields as they are', async () => {
    const assigned = Task.parse({ ...base, assigneeId: base.projectId, dueAt: base.createdAt });
    const unassigned = Task.parse({ ...base, assigneeId: null });
    const page: TaskPage = { items: [assigned, unassigned], nextCursor: null };
    const body = JSON.parse(await serializeWith(routes.listTasks.response, page));
    expect(body).toEqual(JSON.parse(JSON.stringify(page)));
    expect(body.items[1]).not.toHaveProperty('dueAt');
    expect(body.items[1].assigneeId).toBeNull();
  });

  it('drop fields the contract does not declare (nothing leaks by accident)', async () => {
    const task = { ...Task.parse({ ...base, assigneeId: null }), passwordHash: 'secret' };
    expect(await serializeWith(Task, task)).not.toContain('secret');
  });

  it('cover every component without a union left for the validator to resolve', () => {
    const schemas = responseSchemaFactory(routes)(Task) as { components: { schemas: object } };
    const text = JSON.stringify(schemas.components.schemas);
    expect(text).not.toMatch(/"(anyOf|oneOf)"/);
    expect(Object.keys(schemas.components.schemas)).toEqual(
      Object.keys(buildContractSchemas(routes).components),
    );
  });
});
