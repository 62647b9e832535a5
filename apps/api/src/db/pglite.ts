import { existsSync } from 'node:fs';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { StartupError } from '../startup-error.js';
import { LOCK_FILE, lockDataDir } from './data-dir-lock.js';
import type { Database, Db } from './database.js';
import { DatabaseUnavailableError, rootCause } from './errors.js';
import { latestMigration, recordsLatestMigration } from './migration-state.js';
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
    // A restart (and a fresh database from the build's template) records the newest
    // migration already: one query instead of migrate()'s journal check. One process holds
    // a data directory (data-dir-lock.ts), so nothing migrates it meanwhile.
    const query = (text: string, params: unknown[]) => client.query(text, params);
    if (!(await recordsLatestMigration(query, 'drizzle', latestMigration(migrationsFolder)))) {
      await migrate(drizzle(client), { migrationsFolder });
    }
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
  const lock = persistent ? await prepareDataDir(dataDir) : undefined;
  let current: Instance;
  try {
    current = await startOrExplain(dataDir, persistent);
  } catch (error) {
    await lock?.release();
    throw error;
  }
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
      try {
        if (!current.client.closed) await current.client.close();
      } finally {
        await lock?.release();
      }
    },
  };
}

const setting = 'PGLITE_DATA_DIR';

/**
 * Creates the data directory on first start (relative to the working directory) and takes it
 * for this process; a path that cannot be a data directory fails here, named, before PGlite
 * would fail on it with a stack.
 */
async function prepareDataDir(dataDir: string) {
  try {
    await mkdir(dataDir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'EEXIST' || code === 'ENOTDIR'
        ? 'is a file (or lies under one), not a directory'
        : code === 'EACCES' || code === 'EPERM'
          ? 'cannot be created: permission denied'
          : `cannot be created (${code ?? (error as Error).message})`;
    throw new StartupError(
      setting,
      `${dataDir} ${reason}; point it at a directory this process may write (created if missing).`,
      { cause: error },
    );
  }
  const lock = await lockDataDir(dataDir);
  try {
    const entries = (await readdir(dataDir)).filter((name) => !name.startsWith(LOCK_FILE));
    // initdb (or the template) over someone else's files would mix the two.
    if (entries.length > 0 && !entries.includes('PG_VERSION')) {
      throw new StartupError(
        setting,
        `${dataDir} is not empty and holds no PGlite database (no PG_VERSION); point it at an empty or new directory.`,
      );
    }
  } catch (error) {
    await lock.release();
    throw error;
  }
  return lock;
}

/** Starts PGlite; a database that exists but cannot be opened is named with the way out. */
async function startOrExplain(dataDir: string, persistent: boolean): Promise<Instance> {
  const existed = persistent && existsSync(join(dataDir, 'PG_VERSION'));
  try {
    return await start(dataDir);
  } catch (error) {
    if (!persistent) throw error;
    const reason = firstLine(error);
    throw new StartupError(
      setting,
      existed
        ? `${dataDir} holds a database PGlite cannot open (${reason}); restore it from a backup or point PGLITE_DATA_DIR at a new directory.`
        : `a new database could not be created in ${dataDir} (${reason}); check the disk and permissions.`,
      { cause: error },
    );
  }
}

const firstLine = (error: unknown) => {
  const root = rootCause(error);
  const text = root instanceof Error ? root.message : String(root);
  return text.split('\n')[0]?.slice(0, 200) || 'unknown error';
};
