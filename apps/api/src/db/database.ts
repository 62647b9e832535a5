import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { AppConfig } from '../config.js';
import type * as schema from './schema.js';

/** Both drivers behind one query API: services never know which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  /** The query API; read it per use, an embedded database may swap it after a reopen. */
  readonly db: Db;
  readonly driver: 'pglite' | 'postgres';
  /** Round trip of a trivial query, in milliseconds; throws when the database is unreachable. */
  ping(): Promise<number>;
  close(): Promise<void>;
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: AppConfig['database']): Promise<Database> {
  // Each driver loads only when configured: node-postgres cost the embedded default ~0.1 s of
  // every start, and PGlite's JavaScript 0.16-0.23 s and ~9 MB of a PostgreSQL one
  // (bench/startup). The bundle keeps each in a chunk of its own.
  if (config.driver === 'pglite') {
    const { openPglite } = await import('./pglite.js');
    return openPglite(config.dataDir);
  }
  const { openPostgres } = await import('./postgres.js');
  return openPostgres(config.url, config.schema);
}
