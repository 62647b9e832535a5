import { REST_PREFIX } from '@acme/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-server.js';

let test: TestApp;
let projectId: string;
beforeAll(async () => {
  test = await createTestApp();
  projectId = (await test.app.inject({ url: `${REST_PREFIX}/projects?limit=1` })).json().items[0]
    .id;
});
afterAll(() => test?.close());

describe('due dates', () => {
  // Drizzle's timestamp column read years 1-99 through Date's legacy parser: 0001 became 2001.
  it.each([
    '0001-01-01T00:00:00.000Z',
    '0099-12-31T23:59:59.999Z',
    '0100-06-15T12:00:00.000Z',
    '9999-12-31T23:59:59.999Z',
  ])('%s is read back as the same instant', async (dueAt) => {
    const created = await test.app.inject({
      method: 'POST',
      url: `${REST_PREFIX}/tasks`,
      payload: { projectId, title: 'Old', dueAt },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().dueAt).toBe(dueAt);
    const read = await test.app.inject({ url: `${REST_PREFIX}/tasks/${created.json().id}` });
    expect(read.json().dueAt).toBe(dueAt);
  });
});
