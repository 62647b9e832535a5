import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import type { Database, Db } from './database.js';
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
    await db.execute(sql.raw(`create schema if not exists "${schemaName}"`));
    await migrate(drizzle(pool), {
      migrationsFolder,
      // The bookkeeping table sits in the same schema, so each schema migrates on its own.
      migrationsSchema: schemaName === 'public' ? 'drizzle' : schemaName,
    });
  } catch (error) {
    await pool.end();
    throw error;
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
