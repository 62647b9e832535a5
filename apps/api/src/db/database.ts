import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { AppConfig } from '../config.js';
import * as schema from './schema.js';

/** Both drivers behind one query API: services never know which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  readonly db: Db;
  readonly driver: 'pglite' | 'postgres';
  /** Round trip of a trivial query, in milliseconds; throws when the database is unreachable. */
  ping(): Promise<number>;
  close(): Promise<void>;
}

// Resolved next to this module: src/db/migrations in development, dist/migrations in the
// bundle (scripts/build.mjs copies the folder there).
const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

const timed = async (query: () => Promise<unknown>) => {
  const started = performance.now();
  await query();
  return performance.now() - started;
};

async function openPglite(dataDir: string): Promise<Database> {
  // A relative data directory is relative to the working directory; create it on first start.
  if (!dataDir.includes('://')) await mkdir(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  await migratePglite(drizzlePglite(client), { migrationsFolder });
  return {
    db,
    driver: 'pglite',
    ping: () => timed(() => client.query('select 1')),
    close: () => client.close(),
  };
}

async function openPostgres(url: string, schemaName: string): Promise<Database> {
  // Every connection of the pool resolves unqualified table names in the configured schema.
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    options: `-c search_path=${schemaName}`,
  });
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  try {
    await db.execute(sql.raw(`create schema if not exists "${schemaName}"`));
    await migrateNodePg(drizzleNodePg(pool), {
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
    ping: () => timed(() => pool.query('select 1')),
    close: () => pool.end(),
  };
}

/** Opens the configured database and brings its schema up to date. */
export function openDatabase(config: AppConfig['database']): Promise<Database> {
  return config.driver === 'postgres'
    ? openPostgres(config.url, config.schema)
    : openPglite(config.dataDir);
}
