import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { StartupError } from '../startup-error.js';
import type { Database, Db } from './database.js';
import { isDatabaseUnavailable, rootCause, sqlStateOf } from './errors.js';
import { latestMigration, recordsLatestMigration } from './migration-state.js';
import { migrationsFolder } from './migrations-folder.js';
import * as schema from './schema.js';

/**
 * A pool on a PostgreSQL server. The pool reconnects by itself: after a server restart the
 * broken connections are dropped and the next query opens a new one, so nothing here has to
 * reopen; failed queries in between are answered 503 (see isDatabaseUnavailable).
 */
export async function openPostgres(url: string, schemaName: string): Promise<Database> {
  // Every connection of the pool resolves unqualified table names in the configured schema.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    options: `-c search_path=${schemaName}`,
  });
  // An idle connection that the server ends (shutdown: 57P01, a crash, a network cut) is
  // reported as an 'error' event on the pool, which already removed that client. Without a
  // listener Node turns the event into an uncaught exception and the API dies with the
  // database instead of answering 503 until it is back.
  pool.on('error', () => {});
  const db = drizzle(pool, { schema }) as unknown as Db;
  try {
    await migrateIfBehind(pool, schemaName);
  } catch (error) {
    await pool.end();
    throw explainConnectFailure(url, error);
  }
  return {
    db,
    driver: 'postgres',
    async ping() {
      const started = performance.now();
      await pool.query('select 1');
      return performance.now() - started;
    },
    close: () => pool.end(),
  };
}

/**
 * Brings the schema up to date. A restart finds the newest migration recorded and is done in
 * one query (migration-state.ts). Otherwise migrate() runs under a PostgreSQL advisory lock
 * on the schema: drizzle reads the newest recorded migration before its transaction, so two
 * servers starting together on an older database would both apply the same migrations (and
 * the second fail on "already exists"); under the lock the second finds them applied.
 */
async function migrateIfBehind(pool: pg.Pool, schemaName: string): Promise<void> {
  // The bookkeeping table sits in the same schema, so each schema migrates on its own.
  const migrationsSchema = schemaName === 'public' ? 'drizzle' : schemaName;
  const latest = latestMigration(migrationsFolder);
  const query = (text: string, params: unknown[]) => pool.query(text, params);
  if (await recordsLatestMigration(query, migrationsSchema, latest)) return;
  // A session-level lock: PostgreSQL releases it if this connection dies half-way.
  const client = await pool.connect();
  let broken: unknown;
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [migrationLockKey(schemaName)]);
    try {
      await client.query(`create schema if not exists "${schemaName}"`);
      await migrate(drizzle(client), { migrationsFolder, migrationsSchema });
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [migrationLockKey(schemaName)]);
    }
  } catch (error) {
    broken = error;
    throw error;
  } finally {
    // A connection that failed here may still hold the lock: destroy it rather than pool it.
    client.release(broken !== undefined);
  }
}

/** Advisory locks are per database: the key names the schema that is being migrated. */
export const migrationLockKey = (schemaName: string) => `tether:migrate:${schemaName}`;

/** The URL as it may be printed: the password masked. */
function shownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * A failed first connection or migration as one line naming DATABASE_URL and what to check.
 * The server cannot serve without its database, so it stops here rather than start and
 * answer 503 to everything.
 */
function explainConnectFailure(url: string, error: unknown): StartupError {
  const where = shownUrl(url);
  const state = sqlStateOf(error);
  const root = rootCause(error);
  const code = (root as { code?: unknown }).code;
  const message = root instanceof Error ? root.message.split('\n')[0] : String(root);
  let hint: string;
  if (state === '28P01' || state === '28000') {
    hint = `PostgreSQL at ${where} refused the credentials (${message}); check the user and password`;
  } else if (state === '3D000') {
    hint = `${message} at ${where}; create it (createdb) or fix the database name`;
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    hint = `the host of ${where} was not found (${code}); check the host name`;
  } else if (isDatabaseUnavailable(error)) {
    const reason = typeof code === 'string' ? code : message;
    hint = `cannot reach PostgreSQL at ${where} (${reason}); check that the server runs and the address is right`;
  } else {
    hint = `could not open and migrate the database at ${where}: ${message}`;
  }
  return new StartupError('DATABASE_URL', `${hint}.`, { cause: error });
}
