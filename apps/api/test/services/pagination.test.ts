import { REST_PREFIX } from '@acme/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../src/services/pagination.js';
import { createTestApp, type TestApp } from '../helpers/test-server.js';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp();
  // More tasks than a default page: the demo account owns 14 of the seed's.
  const projectId = (await page('limit=1')).items[0]?.projectId;
  for (let i = 0; i < 10; i++) {
    await test.app.inject({
      method: 'POST',
      url: `${REST_PREFIX}/tasks`,
      payload: { projectId, title: `Pagination ${i}` },
    });
  }
});
afterAll(() => test?.close());

const page = async (query: string) => {
  const response = await test.app.inject({ url: `${REST_PREFIX}/tasks?${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: { id: string; projectId: string; createdAt: string }[];
    nextCursor: string | null;
  };
};

describe('cursor pagination', () => {
  it('walks every task exactly once, newest first, and ends with a null cursor', async () => {
    const everything = (await page('limit=100')).items;
    expect(everything.length).toBeGreaterThan(7);
    const walked: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const current = await page(`limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      expect(current.items.length).toBeLessThanOrEqual(3);
      walked.push(...current.items.map((task) => task.id));
      cursor = current.nextCursor;
      pages++;
    } while (cursor !== null && pages < 100);
    expect(walked).toEqual(everything.map((task) => task.id));
    const times = everything.map((task) => task.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('uses the default page size and caps the limit at the contract maximum', async () => {
    expect((await page('')).items).toHaveLength(20);
    const tooMany = await test.app.inject({ url: `${REST_PREFIX}/tasks?limit=101` });
    expect(tooMany.statusCode).toBe(400);
  });

  it('keeps the filter across pages', async () => {
    const first = await page('limit=2&status=todo');
    const second = await page(`limit=2&status=todo&cursor=${first.nextCursor}`);
    for (const task of [...first.items, ...second.items]) {
      expect(task).toMatchObject({ status: 'todo' });
    }
  });

  it('round-trips its opaque cursor and refuses forged ones', () => {
    const key = {
      createdAt: new Date('2026-01-02T03:04:05.678Z'),
      id: '0b5a6f1e-2c4d-4e8f-9a0b-1c2d3e4f5a6b',
    };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    for (const forged of ['', 'x', Buffer.from('["nope","id"]').toString('base64url')]) {
      expect(() => decodeCursor(forged)).toThrowError(/Invalid cursor/);
    }
  });

  it('refuses cursors holding instants PostgreSQL cannot compare (they were a 500)', async () => {
    for (const instant of [
      '-271821-04-20T00:00:00.000Z',
      '+275760-09-13T00:00:00.000Z',
      '0000-01-01T00:00:00.000Z',
      '2026-02-30T00:00:00.000Z',
    ]) {
      const id = '0b5a6f1e-2c4d-4e8f-9a0b-1c2d3e4f5a6b';
      const cursor = Buffer.from(JSON.stringify([instant, id])).toString('base64url');
      expect(() => decodeCursor(cursor)).toThrowError(/Invalid cursor/);
      const response = await test.app.inject({ url: `${REST_PREFIX}/tasks?cursor=${cursor}` });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().details).toEqual([
        { location: 'query', path: 'cursor', message: 'Not a cursor this API issued' },
      ]);
    }
  });
});
