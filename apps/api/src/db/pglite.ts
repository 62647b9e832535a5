import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import type { Database, Db } from './database.js';
import { DatabaseUnavailableError } from './errors.js';
import { migrationsFolder } from './migrations-folder.js';
import { pgliteOptions } from './pglite-options.js';
import * as schema from './schema.js';

/** The embedded database; `client` is the live instance (tests close it to simulate a crash). */
export interface PgliteDatabase extends Database {
  readonly driver: 'pglite';
  readonly client: PGlite;
}

/** How long a failed reopen is remembered before the next request may try again. */
const REOPEN_BACKOFF_MS = 250;

interface Instance {
  client: PGlite;
  db: Db;
}

async function start(dataDir: string): Promise<Instance> {
  const client = new PGlite(dataDir, await pgliteOptions(dataDir));
  try {
    await migrate(drizzle(client), { migrationsFolder });
  } catch (error) {
    await client.close().catch(() => {});
    throw error;
  }
  return { client, db: drizzle(client, { schema }) as unknown as Db };
}

/**
 * Opens PGlite and keeps it open: an instance found closed under the running server (the
 * fault tests close it to stand for a crash) is replaced by a fresh one on the same data
 * directory, so the API recovers without a restart, like node-postgres' pool after a
 * PostgreSQL restart. Until then queries fail with "PGlite is closed", answered 503
 * UNAVAILABLE.
 *
 * Reopening is lazy (the next query or health check starts it, one attempt at a time, at most
 * one per REOPEN_BACKOFF_MS) and only for a data directory that still holds a database: a
 * vanished directory must not come back as an empty one, which would look healthy and have
 * lost every row. An in-memory database is gone with its instance and stays down.
 */
export async function openPglite(dataDir: string): Promise<PgliteDatabase> {
  const persistent = !dataDir.includes('://');
  // A relative data directory is relative to the working directory; create it on first start.
  if (persistent) await mkdir(dataDir, { recursive: true });
  let current = await start(dataDir);
  let reopening: Promise<void> | undefined;
  let lastFailure = Number.NEGATIVE_INFINITY;
  let closing = false;

  const reopen = async () => {
    if (!persistent) throw new DatabaseUnavailableError('The in-memory database was closed');
    if (!existsSync(join(dataDir, 'PG_VERSION'))) {
      throw new DatabaseUnavailableError(`No database in ${dataDir}`);
    }
    current = await start(dataDir);
  };

  /** Resolves once an open instance is in place; rejects while the database stays down. */
  const ensureOpen = (): Promise<void> => {
    if (!current.client.closed || closing) return Promise.resolve();
    if (!reopening) {
      if (performance.now() - lastFailure < REOPEN_BACKOFF_MS) {
        return Promise.reject(new DatabaseUnavailableError('The database is down'));
      }
      reopening = reopen()
        .catch((error) => {
          lastFailure = performance.now();
          throw error;
        })
        .finally(() => {
          reopening = undefined;
        });
    }
    return reopening;
  };

  return {
    driver: 'pglite',
    get client() {
      return current.client;
    },
    get db() {
      // Services read `db` synchronously; a closed instance starts the reopen here, and this
      // query fails fast on it (503) while the next ones get the new instance.
      if (current.client.closed) ensureOpen().catch(() => {});
      return current.db;
    },
    async ping() {
      await ensureOpen();
      const started = performance.now();
      await current.client.query('select 1');
      return performance.now() - started;
    },
    async close() {
      closing = true;
      await reopening?.catch(() => {});
      if (!current.client.closed) await current.client.close();
    },
  };
}
