import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REST_PREFIX } from '@acme/contract';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../src/db/errors.js';
import { openPglite } from '../../src/db/pglite.js';
import { type AppServer, buildServer, parseConfig } from '../../src/index.js';
import { signIn } from '../helpers/test-server.js';

const run = promisify(execFile);
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

/** The real-PostgreSQL cases need a cluster of their own to stop (.ci/run creates it). */
const FAULT_URL = process.env.FAULT_DATABASE_URL;
const FAULT_CLUSTER = process.env.FAULT_PG_CLUSTER?.split(/\s+/).filter(Boolean);
const noCluster = !FAULT_URL || FAULT_CLUSTER?.length !== 2;

const config = (env: Record<string, string>) =>
  parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', ...env });

async function createTask(app: AppServer, title: string) {
  const projectId = (await app.inject({ url: `${REST_PREFIX}/projects?limit=1` })).json().items[0]
    .id as string;
  const response = await app.inject({
    method: 'POST',
    url: `${REST_PREFIX}/tasks`,
    payload: { projectId, title },
  });
  expect(response.statusCode, response.body).toBe(201);
  return { id: response.json().id as string, projectId };
}

/** While the database is down: 503 UNAVAILABLE on REST and tRPC, health says it is down. */
async function expectDown(app: AppServer, taskId: string, projectId: string, driver: string) {
  for (const request of [
    { url: `${REST_PREFIX}/tasks/${taskId}` },
    { url: `${REST_PREFIX}/tasks?limit=5` },
    {
      method: 'POST' as const,
      url: `${REST_PREFIX}/tasks`,
      payload: { projectId, title: 'during the outage' },
    },
  ]) {
    const response = await app.inject(request);
    expect(response.statusCode, `${request.url}: ${response.body}`).toBe(503);
    expect(response.json()).toEqual({
      code: 'UNAVAILABLE',
      message: 'The database is unavailable; retry later',
    });
  }
  const trpc = await app.inject({
    url: `/trpc/getTask?input=${encodeURIComponent(JSON.stringify({ taskId }))}`,
  });
  expect(trpc.statusCode).toBe(503);
  expect(trpc.json().error.data).toMatchObject({
    code: 'SERVICE_UNAVAILABLE',
    httpStatus: 503,
    apiError: { code: 'UNAVAILABLE' },
  });
  // The health service answers 200 and reports the state: degraded, database down.
  const health = await app.inject({ url: `${REST_PREFIX}/health` });
  expect(health.statusCode).toBe(200);
  expect(health.json()).toMatchObject({
    status: 'degraded',
    database: { status: 'down', driver },
  });
}

/** Polls health (bounded) until the database is back, then reads and writes again. */
async function expectRecovered(app: AppServer, taskId: string, projectId: string) {
  let status = '';
  for (let attempt = 0; attempt < 300 && status !== 'ok'; attempt++) {
    status = (await app.inject({ url: `${REST_PREFIX}/health` })).json().status;
    if (status !== 'ok') await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(status).toBe('ok');
  const task = await app.inject({ url: `${REST_PREFIX}/tasks/${taskId}` });
  expect(task.statusCode, task.body).toBe(200);
  const created = await app.inject({
    method: 'POST',
    url: `${REST_PREFIX}/tasks`,
    payload: { projectId, title: 'after the outage' },
  });
  expect(created.statusCode, created.body).toBe(201);
}

describe('PGlite fails under a running server', () => {
  it('answers 503 while it is gone, reports it down, and reopens it without a restart', {
    timeout: 150_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tether-fault-pglite-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const dataDir = join(dir, 'db');
    const database = await openPglite(dataDir);
    cleanup.push(() => database.close());
    const app = await buildServer(config({ PGLITE_DATA_DIR: dataDir }), { database });
    await signIn(app);
    cleanup.push(() => app.close());
    const { id, projectId } = await createTask(app, 'before the outage');

    // The instance dies and its files are out of reach: nothing to reopen yet.
    await database.client.close();
    await rename(dataDir, `${dataDir}.away`);
    await expectDown(app, id, projectId, 'pglite');
    // Still down on a later try: the directory must not come back as an empty database.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await expectDown(app, id, projectId, 'pglite');

    await rename(`${dataDir}.away`, dataDir);
    await expectRecovered(app, id, projectId);

    // A crash with the files in place: the very next requests reopen it.
    await database.client.close();
    await expectRecovered(app, id, projectId);
  });
});

describe('PostgreSQL restarts under a running server', () => {
  const reason = noCluster
    ? ' (skipped: set FAULT_DATABASE_URL and FAULT_PG_CLUSTER="15 faults", as .ci/run does)'
    : '';
  const cluster = (action: 'stop' | 'start') =>
    run('pg_ctlcluster', [
      ...(FAULT_CLUSTER ?? []),
      action,
      ...(action === 'stop' ? ['-m', 'fast'] : []),
    ]);

  it.skipIf(noCluster)(
    `answers 503 while the server is stopped and recovers when it is back${reason}`,
    {
      timeout: 150_000,
    },
    async () => {
      const url = FAULT_URL as string;
      const schema = `fault_${randomUUID().replaceAll('-', '')}`;
      const app = await buildServer(config({ DATABASE_URL: url, DATABASE_SCHEMA: schema }));
      await signIn(app);
      cleanup.push(async () => {
        await app.close();
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      });
      const { id, projectId } = await createTask(app, 'before the restart');

      // A query running when the server goes down: the error it gets counts as unavailable.
      const busy = new pg.Client({ connectionString: url });
      await busy.connect();
      busy.on('error', () => {});
      const running = busy.query('select pg_sleep(30)').then(
        () => undefined,
        (error: unknown) => error,
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      try {
        await cluster('stop');
        const interrupted = await running;
        expect((interrupted as { code?: string }).code).toBe('57P01');
        expect(isDatabaseUnavailable(interrupted)).toBe(true);
        // The pool's idle connections were ended by the server too; the process must survive
        // them and keep answering, in the shared shape.
        await expectDown(app, id, projectId, 'postgres');
      } finally {
        await cluster('start');
        await busy.end().catch(() => {});
      }
      await expectRecovered(app, id, projectId);
    },
  );
});
