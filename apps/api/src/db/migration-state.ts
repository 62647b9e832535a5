import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sqlStateOf } from './errors.js';

/**
 * Whether a start has to run drizzle's migrate() at all. migrate() reads and hashes every
 * migration file, then runs four statements or more (two DDL among them) before finding that
 * there is nothing to do, which is every restart: the first statements of a cold WASM
 * PostgreSQL (PGlite) and round trips to a PostgreSQL server, at every start. One query
 * answers the same question: does the database record the newest migration of this build?
 * If not (a fresh database, an older one, one whose bookkeeping cannot be read), migrate()
 * runs as before and decides.
 */

/** The newest migration of a folder, as drizzle's migrate() records it once applied. */
export interface LatestMigration {
  tag: string;
  /** sha256 of the SQL file's text, hex (drizzle-orm/migrator's readMigrationFiles). */
  hash: string;
  /** The journal's `when`, stored as `created_at`. */
  createdAt: number;
}

/** drizzle's bookkeeping table, in the schema migrate() is given (`drizzle` by default). */
export const MIGRATIONS_TABLE = '__drizzle_migrations';

const latestByFolder = new Map<string, LatestMigration>();

/** Reads the journal and the newest SQL file (once per folder and process: a reopen reuses it). */
export function latestMigration(migrationsFolder: string): LatestMigration {
  const known = latestByFolder.get(migrationsFolder);
  if (known) return known;
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8'),
  ) as { entries: { tag: string; when: number }[] };
  const entry = journal.entries.at(-1);
  if (!entry) throw new Error(`${migrationsFolder}: the migration journal has no entries`);
  const text = readFileSync(join(migrationsFolder, `${entry.tag}.sql`)).toString();
  const latest = {
    tag: entry.tag,
    hash: createHash('sha256').update(text).digest('hex'),
    createdAt: entry.when,
  };
  latestByFolder.set(migrationsFolder, latest);
  return latest;
}

/** Runs one parameterised query and returns its rows (node-postgres' pool and PGlite alike). */
export type QueryRows = (text: string, params: unknown[]) => Promise<{ rows: unknown[] }>;

// No bookkeeping table or schema yet: a fresh database, which migrate() creates.
const UNDEFINED_TABLE = '42P01';
const INVALID_SCHEMA_NAME = '3F000';

/**
 * True when the database records `latest` (same hash, same time) in `migrationsSchema`: then
 * migrate() would apply nothing, since it applies only migrations newer than the newest it
 * recorded. Any other answer leaves the decision to migrate(). Errors other than a missing
 * table (the database unreachable, say) propagate: migrate() would meet them too.
 */
export async function recordsLatestMigration(
  query: QueryRows,
  migrationsSchema: string,
  latest: LatestMigration,
): Promise<boolean> {
  const table = `"${migrationsSchema.replaceAll('"', '""')}"."${MIGRATIONS_TABLE}"`;
  try {
    const { rows } = await query(
      `select 1 from ${table} where hash = $1 and created_at = $2 limit 1`,
      [latest.hash, latest.createdAt],
    );
    return rows.length > 0;
  } catch (error) {
    const code = sqlStateOf(error);
    if (code === UNDEFINED_TABLE || code === INVALID_SCHEMA_NAME) return false;
    throw error;
  }
}
