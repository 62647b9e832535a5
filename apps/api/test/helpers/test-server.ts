import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { type AppConfig, type AppServer, buildServer, parseConfig } from '../../src/index.js';
import type { ServerOptions } from '../../src/server.js';

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
  app: AppServer;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * A server (not listening; use app.inject) on a fresh, seeded database, or on the database of
 * another test server (options.database) to spare a second embedded-database start.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<TestApp> {
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

export const isPostgres = () => Boolean(process.env.DATABASE_URL);
