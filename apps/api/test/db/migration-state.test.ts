import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as pgDrizzle } from 'drizzle-orm/node-postgres';
import { drizzle as pgliteDrizzle } from 'drizzle-orm/pglite';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestMigration } from '../../src/db/migration-state.js';
import { migrationsFolder } from '../../src/db/migrations-folder.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';

// A start skips drizzle's migrate() when the database records the newest migration of this
// build (src/db/migration-state.ts). These tests pin down both sides: a restart does not run
// migrate() again, a fresh or older database still gets every migration, and on PostgreSQL
// several servers starting together on one schema all come up with each migration applied
// once.

// migrate() itself, counted: the skip is only observable as "migrate() was not called", since
// on an up-to-date database migrate() changes nothing either.
const migrateCalls = vi.hoisted(() => ({ pglite: 0, postgres: 0 }));
vi.mock('drizzle-orm/pglite/migrator', async (importOriginal) => {
  const actual = await importOriginal<typeof import('drizzle-orm/pglite/migrator')>();
  return {
    migrate: (...args: Parameters<typeof actual.migrate>) => {
      migrateCalls.pglite++;
      return actual.migrate(...args);
    },
  };
});
vi.mock('drizzle-orm/node-postgres/migrator', async (importOriginal) => {
  const actual = await importOriginal<typeof import('drizzle-orm/node-postgres/migrator')>();
  return {
    migrate: (...args: Parameters<typeof actual.migrate>) => {
      migrateCalls.postgres++;
      return actual.migrate(...args);
    },
  };
});
beforeEach(() => {
  migrateCalls.pglite = 0;
  migrateCalls.postgres = 0;
});

const journal = readMigrationFiles({ migrationsFolder });
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A copy of the migrations folder whose journal stops after the first migration. */
async function firstMigrationOnly(): Promise<string> {
  const folder = join(await tempDir('tether-migrations-'), 'migrations');
  await cp(migrationsFolder, folder, { recursive: true });
  const path = join(folder, 'meta', '_journal.json');
  const parsed = JSON.parse(await readFile(path, 'utf8'));
  parsed.entries = parsed.entries.slice(0, 1);
  await writeFile(path, JSON.stringify(parsed));
  return folder;
}

it('the newest migration is the one drizzle records (same hash, same time)', () => {
  const last = journal.at(-1);
  expect(latestMigration(migrationsFolder)).toMatchObject({
    hash: last?.hash,
    createdAt: last?.folderMillis,
  });
});

describe('PGlite', () => {
  const recorded = async (client: PGlite) =>
    (
      await client.query<{ hash: string }>(
        'select hash from drizzle.__drizzle_migrations order by created_at',
      )
    ).rows.map((row) => row.hash);

  it('a fresh database is migrated; its restart skips migrate()', async () => {
    const dataDir = join(await tempDir('tether-skip-'), 'data');
    const first = await openPglite(dataDir);
    expect(migrateCalls.pglite).toBe(1);
    expect(await recorded(first.client)).toEqual(journal.map((m) => m.hash));
    await first.close();

    const again = await openPglite(dataDir);
    try {
      expect(migrateCalls.pglite).toBe(1);
      expect(await recorded(again.client)).toEqual(journal.map((m) => m.hash));
    } finally {
      await again.close();
    }
  }, 120_000);

  it('an older database gets the migrations it lacks', async () => {
    const dataDir = join(await tempDir('tether-older-'), 'data');
    const old = new PGlite(dataDir);
    await (await import('drizzle-orm/pglite/migrator')).migrate(pgliteDrizzle(old), {
      migrationsFolder: await firstMigrationOnly(),
    });
    expect(await recorded(old)).toEqual([journal[0]?.hash]);
    await old.close();
    migrateCalls.pglite = 0;

    const opened = await openPglite(dataDir);
    try {
      expect(migrateCalls.pglite).toBe(1);
      expect(await recorded(opened.client)).toEqual(journal.map((m) => m.hash));
    } finally {
      await opened.close();
    }
  }, 120_000);
});

const url = process.env.DATABASE_URL;
describe.skipIf(!url)(`PostgreSQL${url ? '' : ' (skipped: DATABASE_URL not set)'}`, () => {
  /** A schema of its own, dropped after the file. */
  const freshSchema = () => {
    const name = `test_migrate_${randomUUID().replaceAll('-', '')}`;
    cleanups.push(async () => {
      const pool = new pg.Pool({ connectionString: url });
      await pool.query(`drop schema if exists "${name}" cascade`);
      await pool.end();
    });
    return name;
  };
  const recorded = async (schema: string) => {
    const pool = new pg.Pool({ connectionString: url });
    try {
      const { rows } = await pool.query<{ hash: string }>(
        `select hash from "${schema}".__drizzle_migrations order by created_at, id`,
      );
      return rows.map((row) => row.hash);
    } finally {
      await pool.end();
    }
  };

  it('servers starting together on a fresh schema each come up, migrations applied once', async () => {
    const schema = freshSchema();
    const opened = await Promise.all(
      Array.from({ length: 4 }, () => openPostgres(url as string, schema)),
    );
    await Promise.all(opened.map((database) => database.close()));
    expect(await recorded(schema)).toEqual(journal.map((m) => m.hash));
  }, 60_000);

  it('a restart skips migrate(); an older schema gets what it lacks, once', async () => {
    const schema = freshSchema();
    const pool = new pg.Pool({ connectionString: url, options: `-c search_path=${schema}` });
    await pool.query(`create schema "${schema}"`);
    await (await import('drizzle-orm/node-postgres/migrator')).migrate(pgDrizzle(pool), {
      migrationsFolder: await firstMigrationOnly(),
      migrationsSchema: schema,
    });
    await pool.end();
    expect(await recorded(schema)).toEqual([journal[0]?.hash]);
    migrateCalls.postgres = 0;

    const older = await Promise.all([
      openPostgres(url as string, schema),
      openPostgres(url as string, schema),
    ]);
    await Promise.all(older.map((database) => database.close()));
    expect(migrateCalls.postgres).toBeGreaterThanOrEqual(1);
    expect(await recorded(schema)).toEqual(journal.map((m) => m.hash));

    migrateCalls.postgres = 0;
    const restarted = await openPostgres(url as string, schema);
    await restarted.close();
    expect(migrateCalls.postgres).toBe(0);
  }, 60_000);
});
