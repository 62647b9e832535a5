import { randomUUID } from 'node:crypto';
import { MAX_PAGE_BYTES, REST_PREFIX, type Task } from '@acme/contract';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tasks } from '../../src/db/schema.js';
import { encodeCursor, toPage } from '../../src/services/pagination.js';
import { toTask } from '../../src/services/tasks.js';
import { createTestApp, type TestApp } from '../helpers/test-server.js';

// Tasks are valid at ~0.5 MB each (checklists, metadata), so a page of 100 was a 50 MB answer
// that stalled every other request. A page now stops at MAX_PAGE_BYTES of items.
const HEAVY_TASKS = 100;
/** The page envelope around the items: brackets, keys, the cursor. */
const ENVELOPE_BYTES = 1024;

let test: TestApp;
let projectId: string;
beforeAll(async () => {
  test = await createTestApp({ RATE_LIMIT_ENABLED: 'false' });
  const ownerId = test.session.user.id;
  const project = await test.app.inject({
    method: 'POST',
    url: `${REST_PREFIX}/projects`,
    payload: { name: `Heavy ${randomUUID()}`, ownerId },
  });
  projectId = project.json().id;
  // One heavy task through the API (so it is valid), then copies of its row straight into the
  // table: a hundred 0.5 MB requests would only time the JSON parser.
  const created = await test.app.inject({
    method: 'POST',
    url: `${REST_PREFIX}/tasks`,
    payload: heavyTask(projectId),
  });
  expect(created.statusCode, created.body.slice(0, 300)).toBe(201);
  const db = test.app.database.db;
  const [row] = await db.select().from(tasks).where(eq(tasks.id, created.json().id));
  const { id: _id, ...template } = row as typeof tasks.$inferSelect;
  for (let i = 1; i < HEAVY_TASKS; i++) {
    await db.insert(tasks).values({ ...template, createdAt: new Date(Date.now() - i * 1000) });
  }
}, 300_000);
afterAll(() => test?.close());

/** About 0.55 MB of JSON: 100 checklist items with 9 children each, all at 500 characters. */
function heavyTask(project: string) {
  const text = (n: number) => `${n} ${'x'.repeat(495)}`;
  return {
    projectId: project,
    title: 'Heavy',
    description: 'd'.repeat(5000),
    metadata: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, 'm'.repeat(1000)])),
    checklist: Array.from({ length: 100 }, (_, i) => ({
      text: text(i),
      children: Array.from({ length: 9 }, (_, j) => ({ text: text(j) })),
    })),
  };
}

const page = async (cursor: string | null) => {
  const query = `projectId=${projectId}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
  const response = await test.app.inject({ url: `${REST_PREFIX}/tasks?${query}` });
  expect(response.statusCode).toBe(200);
  return {
    bytes: response.rawPayload.length,
    ...(response.json() as { items: Task[]; nextCursor: string | null }),
  };
};

describe('the page byte budget', () => {
  it(`GET /tasks?limit=100 over ${HEAVY_TASKS} tasks of ~0.5 MB stays within MAX_PAGE_BYTES`, async () => {
    const first = await page(null);
    expect(first.bytes).toBeLessThanOrEqual(MAX_PAGE_BYTES + ENVELOPE_BYTES);
    expect(first.items.length).toBeGreaterThan(0);
    expect(first.items.length).toBeLessThan(HEAVY_TASKS);
    expect(first.nextCursor).not.toBeNull();
  });

  it('following the cursors serves every task exactly once, every page within the budget', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const current = await page(cursor);
      expect(current.bytes).toBeLessThanOrEqual(MAX_PAGE_BYTES + ENVELOPE_BYTES);
      seen.push(...current.items.map((task) => task.id));
      cursor = current.nextCursor;
      pages++;
    } while (cursor !== null && pages < HEAVY_TASKS + 1);
    expect(seen).toHaveLength(HEAVY_TASKS);
    expect(new Set(seen).size).toBe(HEAVY_TASKS);
  });

  it('the size the database keeps of a row is never below the JSON the API sends for it', async () => {
    const rows = await test.app.database.db.select().from(tasks);
    expect(rows.length).toBeGreaterThan(HEAVY_TASKS);
    for (const row of rows) {
      expect(row.jsonBytes).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(toTask(row))));
    }
  });
});

describe('toPage', () => {
  const rows = (sizes: number[]) =>
    sizes.map((jsonBytes, i) => ({
      id: randomUUID(),
      createdAt: new Date(Date.UTC(2026, 0, 1) - i * 1000),
      jsonBytes,
    }));

  it('ends a page before its items pass the budget, with the cursor of the last one served', () => {
    const fetched = rows([400, 400, 400, 400]);
    const result = toPage(fetched, 3, (row) => row.id, 1000);
    expect(result.items).toEqual([fetched[0]?.id, fetched[1]?.id]);
    expect(result.nextCursor).toBe(encodeCursor(fetched[1] as (typeof fetched)[number]));
  });

  it('serves an item larger than the budget alone, so that every row stays reachable', () => {
    const fetched = rows([5000, 10]);
    const result = toPage(fetched, 10, (row) => row.id, 1000);
    expect(result.items).toEqual([fetched[0]?.id]);
    expect(result.nextCursor).not.toBeNull();
  });

  it('ends with a null cursor when the last rows fit', () => {
    const fetched = rows([10, 10]);
    expect(toPage(fetched, 10, (row) => row.id, 1000)).toEqual({
      items: fetched.map((row) => row.id),
      nextCursor: null,
    });
  });
});
