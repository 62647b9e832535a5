import { type ApiError, httpStatusOf, REST_PREFIX, routes } from '@acme/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_DEPTH } from '../src/http/input-guard.js';
import { type BadInputCase, badInputCases } from './helpers/bad-input-cases.js';
import { createTestApp, type TestApp } from './helpers/test-server.js';

// Every route that takes input, on both transports: bad input is a 400 in the shared shape
// naming the field, never a 5xx. The ids are looked up once the seeded database is up.

let test: TestApp;
let ids: { userId: string; projectId: string; taskId: string };

beforeAll(async () => {
  test = await createTestApp();
  const first = async (path: string) =>
    (await test.app.inject({ url: `${REST_PREFIX}${path}?limit=1` })).json().items[0].id as string;
  ids = {
    userId: await first('/users'),
    projectId: await first('/projects'),
    taskId: await first('/tasks'),
  };
});
afterAll(() => test?.close());

function restRequest(c: BadInputCase) {
  const route = routes[c.operation];
  const path = route.path.replace(
    /\{(\w+)\}/g,
    (_, name: string) => c.params?.[name] ?? ids.taskId,
  );
  const query = c.query ? `?${new URLSearchParams(c.query)}` : '';
  const raw = c.raw;
  return test.app.inject({
    method: route.method,
    url: `${REST_PREFIX}${path}${query}`,
    ...(raw
      ? { payload: raw.payload, headers: { 'content-type': raw.contentType } }
      : c.body === undefined
        ? {}
        : { payload: c.body as object }),
  });
}

function trpcRequest(c: BadInputCase) {
  const route = routes[c.operation];
  const input = { ...c.params, ...c.query, ...(c.body === undefined ? {} : { body: c.body }) };
  // Raw payloads travel as they are: as the POST body, or in ?input= for queries.
  const payload = c.raw?.payload;
  const text =
    typeof payload === 'string'
      ? payload.startsWith('{') && c.raw?.contentType === 'application/json'
        ? `{${c.params ? `"taskId":${JSON.stringify(c.params.taskId)},` : ''}"body":${payload}}`
        : payload
      : (payload ?? JSON.stringify(input));
  if (route.method === 'GET') {
    return test.app.inject({
      url: `/trpc/${c.operation}?input=${encodeURIComponent(String(text))}`,
    });
  }
  return test.app.inject({
    method: 'POST',
    url: `/trpc/${c.operation}`,
    payload: text,
    headers: { 'content-type': c.raw?.contentType ?? 'application/json' },
  });
}

const statusOf = (c: BadInputCase) => httpStatusOf[c.code ?? 'VALIDATION_FAILED'];

const expectNamedField = (apiError: ApiError, c: BadInputCase) => {
  if (c.code) {
    expect(apiError.code).toBe(c.code);
    return;
  }
  expect(apiError.code).toBe('VALIDATION_FAILED');
  expect(apiError.details).toContainEqual(expect.objectContaining(c.expected));
  expect(JSON.stringify(apiError)).not.toMatch(/at .+\.(ts|js):\d+/);
};

describe('bad input over REST', () => {
  it.each(
    badInputCases({ userId: 'u', projectId: 'p', taskId: 't' }).map((c) => [c.operation, c.what]),
  )('%s: %s -> 400 naming the field (415 for a media type)', async (operation, what) => {
    const c = badInputCases(ids).find(
      (x) => x.operation === operation && x.what === what,
    ) as BadInputCase;
    const response = await restRequest(c);
    expect(response.statusCode, response.body).toBe(statusOf(c));
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expectNamedField(response.json(), c);
  });
});

describe('bad input over tRPC', () => {
  const cases = badInputCases({ userId: 'u', projectId: 'p', taskId: 't' })
    // A query's input is JSON in the URL: media types do not apply to it.
    .filter((c) => !(routes[c.operation].method === 'GET' && c.raw?.contentType === 'text/plain'));
  it.each(cases.map((c) => [c.operation, c.what]))(
    '%s: %s -> BAD_REQUEST with the ApiError in data',
    async (operation, what) => {
      const c = badInputCases(ids).find(
        (x) => x.operation === operation && x.what === what,
      ) as BadInputCase;
      const response = await trpcRequest(c);
      expect(response.statusCode, response.body).toBe(statusOf(c));
      const { error } = response.json();
      expect(error.data.code).toBe(c.code ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST');
      expect(error.data).not.toHaveProperty('stack');
      // Raw payloads cannot say which REST location they came from: check the path only.
      if (c.raw && c.expected.path === '')
        expect(error.data.apiError.code).toBe(c.code ?? 'VALIDATION_FAILED');
      else expectNamedField(error.data.apiError, c);
    },
  );
});

describe('input nested deeper than the server walks', () => {
  // `levels` checklist entries, each inside the previous one's children.
  const checklist = (levels: number) =>
    `[${'{"text":"t","children":['.repeat(levels)}${']}'.repeat(levels)}]`;
  const createTask = (body: string) => [
    test.app.inject({
      method: 'POST',
      url: `${REST_PREFIX}/tasks`,
      payload: body,
      headers: { 'content-type': 'application/json' },
    }),
    test.app.inject({
      method: 'POST',
      url: '/trpc/createTask',
      payload: `{"body":${body}}`,
      headers: { 'content-type': 'application/json' },
    }),
  ];
  const task = (extra: string, levels: number) =>
    `{${extra}"projectId":"${ids.projectId}","title":"deep","checklist":${checklist(levels)}}`;

  it.each([
    ['just over the limit', '', MAX_INPUT_DEPTH / 2],
    // Recursion in Zod and in the prototype-key walk overflowed the stack here (a 500).
    ['a megabyte deep, naming constructor', '"constructor":1,', 20_000],
  ])('%s -> 400 on both transports', async (_what, extra, levels) => {
    const [rest, trpc] = await Promise.all(createTask(task(extra, levels)));
    expect(rest?.statusCode, rest?.body).toBe(400);
    expect(rest?.json().details[0]).toMatchObject({ location: 'body', message: /nest deeper/ });
    expect(trpc?.statusCode, trpc?.body).toBe(400);
    expect(trpc?.json().error.data.apiError.details[0]).toMatchObject({
      location: 'body',
      message: /nest deeper/,
    });
  });

  it('a checklist nested within the limit is stored', async () => {
    const [rest] = createTask(task('', MAX_INPUT_DEPTH / 2 - 2));
    expect((await rest)?.statusCode).toBe(201);
  });
});
