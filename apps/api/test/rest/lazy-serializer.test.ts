import { routes, Task } from '@acme/contract';
import fastJsonStringify from 'fast-json-stringify';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { lazySerializerCompiler } from '../../src/rest/lazy-serializer.js';
import { responseSchemaFactory } from '../../src/rest/response-schema.js';

const schema = responseSchemaFactory(routes)(Task);
const task = {
  ...Task.parse({
    id: '0b5a6f1e-2c4d-4e8f-9a0b-1c2d3e4f5a6b',
    projectId: '1b5a6f1e-2c4d-4e8f-9a0b-1c2d3e4f5a6b',
    title: 'Lazy "quoted" \u2028 title',
    assigneeId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }),
  // Not in the schema: a response never carries what the contract does not declare.
  passwordHash: '$argon2id$v=19$secret',
};

/** The body of GET / answering `value`, through Fastify with the given serializer compiler. */
async function bodyWith(lazy: boolean, value: unknown) {
  const app = Fastify();
  if (lazy) app.setSerializerCompiler(lazySerializerCompiler());
  app.get('/', { schema: { response: { 200: schema } } }, async () => value);
  const response = await app.inject({ url: '/' });
  await app.close();
  return response.body;
}

describe('lazySerializerCompiler', () => {
  it("writes the same bytes as Fastify's default compiler, undeclared fields left out", async () => {
    const body = await bodyWith(true, task);
    expect(body).toBe(await bodyWith(false, task));
    expect(body).not.toContain('passwordHash');
    expect(JSON.parse(body)).toMatchObject({ title: task.title, assigneeId: null });
  });

  it('compiles a route’s serializer on its first response, once', () => {
    let compiles = 0;
    const serialize = lazySerializerCompiler((compiled) => {
      compiles++;
      return fastJsonStringify(compiled);
    })({ schema, method: 'GET', url: '/', httpStatus: '200' });
    expect(compiles).toBe(0);
    const first = serialize(task);
    expect(serialize(task)).toBe(first);
    expect(compiles).toBe(1);
    expect(first).toBe(fastJsonStringify(schema)(task));
  });
});
