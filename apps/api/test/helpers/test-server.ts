import { randomUUID } from 'node:crypto';
import { REST_PREFIX, type Session } from '@acme/contract';
import type { InjectOptions } from 'fastify';
import pg from 'pg';
import { DEMO_ACCOUNT } from '../../src/db/seed.js';
import { type AppConfig, type AppServer, buildServer, parseConfig } from '../../src/index.js';
import type { ServerOptions } from '../../src/server.js';
import { mintSession } from './sessions.js';

/**
 * The configuration a test file runs with: in-memory PGlite by default; with DATABASE_URL set
 * (CI runs the suite against PostgreSQL 15), a schema of its own so files run in parallel.
 */
export function testConfig(env: Record<string, string> = {}): AppConfig {
  const databaseUrl = process.env.DATABASE_URL;
  return parseConfig({
    NODE_ENV: 'test',
    // Tests that switch NODE_ENV to production would otherwise log at info level.
    LOG_LEVEL: 'silent',
    PGLITE_DATA_DIR: 'memory://',
    ...(databaseUrl
      ? { DATABASE_URL: databaseUrl, DATABASE_SCHEMA: `test_${randomUUID().replaceAll('-', '')}` }
      : {}),
    ...env,
  });
}

/** Drops a test's own PostgreSQL schema; nothing to do for in-memory PGlite. */
async function dropSchema(config: AppConfig): Promise<void> {
  if (config.database.driver !== 'postgres' || config.database.schema === 'public') return;
  const client = new pg.Client({ connectionString: config.database.url });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${config.database.schema}" cascade`);
  } finally {
    await client.end();
  }
}

export interface TestApp {
  /**
   * The server. Its `inject` sends the test session's `Authorization` unless the request
   * sets one itself (`authorization: ''` for an anonymous call): most tests are about
   * something else than signing in; the auth tests always say what they send.
   */
  app: AppServer;
  config: AppConfig;
  /** The session requests carry by default: the demo account's, or a new user's without seed. */
  session: Session;
  /**
   * Replaces the default session with a new one of the same user, written straight to the
   * database (no log-in, so no rate limit or password hashing): after a test logged it out.
   */
  renewSession(): Promise<void>;
  close(): Promise<void>;
}

/** Logs in as the demo account when seeded, else registers a user of the test's own. */
export async function openTestSession(app: AppServer, seeded: boolean): Promise<Session> {
  const response = seeded
    ? await app.inject({ method: 'POST', url: `${REST_PREFIX}/auth/login`, payload: DEMO_ACCOUNT })
    : await app.inject({
        method: 'POST',
        url: `${REST_PREFIX}/auth/register`,
        payload: {
          email: `test-${randomUUID()}@example.com`,
          password: 'test password',
          displayName: 'Test User',
        },
      });
  if (response.statusCode >= 300) {
    throw new Error(
      `The test session could not be opened: ${response.statusCode} ${response.body}`,
    );
  }
  return response.json<Session>();
}

/**
 * For a server a test built itself (buildServer): opens the test session (see TestApp.app)
 * and makes `inject` carry it.
 */
export async function signIn(app: AppServer, seeded = true): Promise<Session> {
  const session = await openTestSession(app, seeded);
  injectSignedIn(app, () => `Bearer ${session.token}`);
  return session;
}

/** Makes `app.inject` carry `authorization()` unless a request sets the header itself. */
export function injectSignedIn(app: AppServer, authorization: () => string): void {
  const inject = app.inject.bind(app) as (options: InjectOptions | string) => unknown;
  const withSession = (options: InjectOptions | string) => {
    const request: InjectOptions = typeof options === 'string' ? { url: options } : options;
    const headers = (request.headers ?? {}) as Record<string, unknown>;
    if (Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')) {
      return inject(request);
    }
    return inject({ ...request, headers: { ...headers, authorization: authorization() } });
  };
  (app as unknown as { inject: typeof withSession }).inject = withSession;
}

/** A server no session is opened on: tests of what happens before routing (rate limits). */
export interface BareTestApp {
  app: AppServer;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * A server (not listening; use app.inject) on a fresh, seeded database, or on the database of
 * another test server (options.database) to spare a second embedded-database start.
 */
export async function createBareTestApp(
  env: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<BareTestApp> {
  const config = testConfig(env);
  const app = await buildServer(config, options);
  return {
    app,
    config,
    close: async () => {
      await app.close();
      if (!options.database) await dropSchema(config);
    },
  };
}

/** createBareTestApp, with the test session open and carried by `inject` (see TestApp.app). */
export async function createTestApp(
  env: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<TestApp> {
  const bare = await createBareTestApp(env, options);
  const { app, config } = bare;
  const seeded = config.seed === 'auto' || options.database !== undefined;
  let session: Session;
  try {
    session = await openTestSession(app, seeded);
  } catch (error) {
    await bare.close();
    throw error;
  }
  let token = session.token;
  injectSignedIn(app, () => `Bearer ${token}`);
  return {
    ...bare,
    session,
    renewSession: async () => {
      token = await mintSession(app, session.user.id, new Date(session.expiresAt));
    },
  };
}

export const isPostgres = () => Boolean(process.env.DATABASE_URL);
