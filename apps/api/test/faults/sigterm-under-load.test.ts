import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { REST_PREFIX } from '@acme/contract';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { buildServer, parseConfig } from '../../src/index.js';
import { demoAuthorization } from '../helpers/sessions.js';
import { signIn } from '../helpers/test-server.js';

// SIGTERM while clients write: what was acknowledged must survive, in-flight work must finish,
// late clients must be turned away cleanly, and the process must exit 0.
const main = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const CONNECTIONS = 8;
const MAX_REQUESTS_PER_CONNECTION = 300;
/** SIGTERM goes out once this many writes were answered: mid-load, well before the caps. */
const SIGTERM_AFTER = 160;

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

interface Outcome {
  title: string;
  /** Sent after SIGTERM went out. */
  afterSigterm: boolean;
  /** The answer (or the failure) came after SIGTERM went out. */
  answeredAfterSigterm?: boolean;
  status?: number;
  id?: string;
  error?: string;
}

interface ServerLog {
  /** Request ids the server logged as received before it logged the shutdown. */
  receivedBeforeShutdown: string[];
  completed: Map<string, number>;
}

function post(
  agent: http.Agent,
  url: URL,
  body: unknown,
  authorization: string,
): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        agent,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
          authorization,
        },
        timeout: 15_000,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('client timeout')));
    request.on('error', reject);
    request.end(payload);
  });
}

/** Starts src/main.ts as users do, and reads its JSON log (info level) as it comes. */
async function startMain(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', main], {
    env: {
      PATH: process.env.PATH ?? '',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      // The load is far above the default per-minute budget of one client address.
      RATE_LIMIT_ENABLED: 'false',
      SHUTDOWN_GRACE_MS: '20000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  cleanup.push(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await exited;
  });
  const log: ServerLog = { receivedBeforeShutdown: [], completed: new Map() };
  let shuttingDown = false;
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const api = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`main exited early with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (line.startsWith('API:')) resolve(line.match(/http:\/\/\S+/)?.[0] ?? '');
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as {
        msg?: string;
        reqId?: string;
        res?: { statusCode: number };
      };
      if (entry.msg === 'shutting down') shuttingDown = true;
      if (entry.msg === 'incoming request' && entry.reqId && !shuttingDown) {
        log.receivedBeforeShutdown.push(entry.reqId);
      }
      if (entry.msg === 'request completed' && entry.reqId && entry.res) {
        log.completed.set(entry.reqId, entry.res.statusCode);
      }
    });
  });
  return { child, exited, api, log, stderr: () => stderr };
}

const isRefusal = (error: string) => /ECONNREFUSED|ECONNRESET|socket hang up/.test(error);

async function loadThenSigterm(env: Record<string, string>) {
  const server = await startMain(env);
  const base = server.api;
  const authorization = await demoAuthorization(base);
  const projectId = (
    (await (await fetch(`${base}/projects?limit=1`, { headers: { authorization } })).json()) as {
      items: { id: string }[];
    }
  ).items[0]?.id;
  expect(projectId).toBeDefined();

  const outcomes: Outcome[] = [];
  let answered = 0;
  let sigtermAt = Number.POSITIVE_INFINITY;
  const url = new URL(`${base}/tasks`);
  const worker = async (n: number) => {
    // One keep-alive socket per worker: 8 concurrent connections.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; i < MAX_REQUESTS_PER_CONNECTION; i++) {
        const outcome: Outcome = {
          title: `load ${n}-${i}`,
          afterSigterm: performance.now() > sigtermAt,
        };
        outcomes.push(outcome);
        try {
          const response = await post(
            agent,
            url,
            { projectId, title: outcome.title },
            authorization,
          );
          outcome.status = response.status;
          if (response.status === 201)
            outcome.id = (JSON.parse(response.body) as { id: string }).id;
        } catch (error) {
          outcome.error = (error as Error).message;
        }
        outcome.answeredAfterSigterm = performance.now() > sigtermAt;
        if (++answered === SIGTERM_AFTER) {
          sigtermAt = performance.now();
          server.child.kill('SIGTERM');
        }
        // Turned away: this client is done (a retry would open a new connection, probed below).
        if (outcome.error !== undefined || outcome.status === 503) return;
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, (_, n) => worker(n)));
  // A brand-new connection after the shutdown began: refused, or 503 while still closing.
  const late = await post(new http.Agent(), url, { projectId, title: 'late' }, authorization).then(
    (response) => String(response.status),
    (error: Error) => error.message,
  );
  const code = await server.exited;
  return { outcomes, code, late, log: server.log, sigtermAt, stderr: server.stderr() };
}

function expectCleanShutdown(result: Awaited<ReturnType<typeof loadThenSigterm>>) {
  const { outcomes, code, late, log, sigtermAt } = result;
  expect(sigtermAt, 'SIGTERM was sent mid-load').toBeLessThan(Number.POSITIVE_INFINITY);
  expect(code, result.stderr).toBe(0);
  // Every request the server had received when it began to shut down finished with a 2xx.
  const received = log.receivedBeforeShutdown;
  expect(received.length).toBeGreaterThanOrEqual(SIGTERM_AFTER);
  const unfinished = received.filter((id) => {
    const status = log.completed.get(id);
    return status === undefined || status < 200 || status >= 300;
  });
  expect(unfinished, 'received before SIGTERM but not completed with 2xx').toEqual([]);
  // Clients saw only: 201, 503 while closing, or a refused/reset connection after SIGTERM.
  for (const outcome of outcomes) {
    if (outcome.status === 201) continue;
    expect(outcome.answeredAfterSigterm, JSON.stringify(outcome)).toBe(true);
    if (outcome.status !== undefined) expect(outcome.status, outcome.title).toBe(503);
    else expect(isRefusal(outcome.error ?? ''), outcome.error).toBe(true);
  }
  expect(late === '503' || isRefusal(late), `late connection got ${late}`).toBe(true);
  const acknowledged = outcomes.filter((o) => o.status === 201);
  expect(acknowledged.length).toBeGreaterThanOrEqual(SIGTERM_AFTER - CONNECTIONS);
  return acknowledged;
}

/** Restart on the same data and read back every acknowledged task by id. */
async function expectAllPersisted(env: Record<string, string>, acknowledged: Outcome[]) {
  const app = await buildServer(
    parseConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_ENABLED: 'false', ...env }),
  );
  await signIn(app);
  try {
    const missing: string[] = [];
    for (const outcome of acknowledged) {
      const response = await app.inject({ url: `${REST_PREFIX}/tasks/${outcome.id}` });
      if (response.statusCode !== 200 || response.json().title !== outcome.title) {
        missing.push(`${outcome.title}: ${response.statusCode}`);
      }
    }
    expect(missing, 'acknowledged writes lost after the restart').toEqual([]);
  } finally {
    await app.close();
  }
}

describe('SIGTERM under write load', () => {
  it('PGlite on disk: in-flight writes finish, late clients are turned away, exit 0, nothing acknowledged is lost', {
    timeout: 150_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tether-sigterm-'));
    cleanup.push(() => rm(dir, { recursive: true, force: true }));
    const env = { PGLITE_DATA_DIR: join(dir, 'db') };
    const acknowledged = expectCleanShutdown(await loadThenSigterm(env));
    await expectAllPersisted({ ...env, SEED: 'never' }, acknowledged);
  });

  // The main server, not the fault cluster: database-down.test.ts stops that one, in parallel.
  const url = process.env.DATABASE_URL;
  it.skipIf(!url)(
    `PostgreSQL: the same guarantees${url ? '' : ' (skipped: DATABASE_URL not set)'}`,
    {
      timeout: 150_000,
    },
    async () => {
      const schema = `sigterm_${randomUUID().replaceAll('-', '')}`;
      const env = { DATABASE_URL: url as string, DATABASE_SCHEMA: schema };
      cleanup.push(async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`drop schema if exists "${schema}" cascade`);
        await client.end();
      });
      const acknowledged = expectCleanShutdown(await loadThenSigterm(env));
      await expectAllPersisted({ ...env, SEED: 'never' }, acknowledged);
    },
  );
});
