import { MAX_PAGE_BYTES } from '@acme/contract';
import { and, desc, eq, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/database.js';
import { AppError } from '../errors.js';

/** Where the next page starts: the sort key of the last item served. */
interface CursorKey {
  createdAt: Date;
  id: string;
}

// Opaque to clients (base64url of JSON); they only hand back what they received.
export const encodeCursor = (key: CursorKey): string =>
  Buffer.from(JSON.stringify([key.createdAt.toISOString(), key.id])).toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * What encodeCursor writes for a stored row: toISOString() in years 0001-9999. Instants outside
 * them that Date accepts (year 0, ±275760) made the query itself fail, as a 500.
 */
const ISSUED_INSTANT = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function decodeCursor(cursor: string): CursorKey {
  const invalid = () =>
    new AppError('VALIDATION_FAILED', 'Invalid cursor', [
      { location: 'query', path: 'cursor', message: 'Not a cursor this API issued' },
    ]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [createdAt, id] = parsed as unknown[];
  if (typeof createdAt !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw invalid();
  if (!ISSUED_INSTANT.test(createdAt)) throw invalid();
  const date = new Date(createdAt);
  // Round trip: refuses impossible dates (02-30) that Date would roll over.
  if (Number.isNaN(date.getTime()) || date.toISOString() !== createdAt) throw invalid();
  return { createdAt: date, id };
}

interface Keyed {
  createdAt: PgColumn;
  id: PgColumn;
}

/** Newest first, ties broken by id, so every row appears exactly once across pages. */
export const newestFirst = (table: Keyed) => [desc(table.createdAt), desc(table.id)];

/** The condition selecting rows after the cursor, in newestFirst order. */
export function afterCursor(table: Keyed, cursor: string | undefined): SQL | undefined {
  if (cursor === undefined) return undefined;
  const key = decodeCursor(cursor);
  return or(
    lt(table.createdAt, key.createdAt),
    and(eq(table.createdAt, key.createdAt), lt(table.id, key.id)),
  );
}

interface PagedTable extends Keyed {
  jsonBytes: PgColumn;
}

/**
 * The rows of one page, in one query that never reads more than a page's worth of big rows:
 * the next `limit + 1` keys (index only) with the running total of their json_bytes, joined
 * back to the rows that start within the byte budget. Returns the join and the condition to
 * select the table's columns with:
 * `db.select(getTableColumns(t)).from(t).innerJoin(window, on).where(within)`.
 */
export function pageWindow(
  db: Db,
  table: PgTable & PagedTable & { id: PgColumn },
  where: SQL | undefined,
  limit: number,
  budget = MAX_PAGE_BYTES,
) {
  const keys = db
    .select({ id: table.id, createdAt: table.createdAt, bytes: table.jsonBytes })
    .from(table)
    .where(where)
    .orderBy(...newestFirst(table))
    .limit(limit + 1)
    .as('page_keys');
  const window = db
    .select({
      id: keys.id,
      // Bytes of the rows before this one; the first row of a page always starts at 0.
      before:
        sql<number>`coalesce(sum(${keys.bytes}) over (order by ${keys.createdAt} desc, ${keys.id} desc rows between unbounded preceding and 1 preceding), 0)`.as(
          'bytes_before',
        ),
    })
    .from(keys)
    .as('page_window');
  // Rows starting within the budget: every row toPage may serve, plus the one that would
  // cross it, which only tells that a next page exists.
  return { window, on: eq(table.id, window.id), within: lte(window.before, budget) };
}

/**
 * Turns `limit + 1` fetched rows into one page: the extra row only tells that a next page
 * exists, which spares a count query. The page also ends before its items pass `budget`
 * bytes (at least one item per page, so every row is reachable), and its cursor then points
 * past the last item served.
 */
export function toPage<Row extends CursorKey & { jsonBytes: number }, Item>(
  rows: Row[],
  limit: number,
  map: (row: Row) => Item,
  budget = MAX_PAGE_BYTES,
): { items: Item[]; nextCursor: string | null } {
  let count = 0;
  let bytes = 0;
  for (const row of rows.slice(0, limit)) {
    if (count > 0 && bytes + row.jsonBytes > budget) break;
    bytes += row.jsonBytes;
    count++;
  }
  const served = rows.slice(0, count);
  const last = served.at(-1);
  return {
    items: served.map(map),
    nextCursor: rows.length > count && last ? encodeCursor(last) : null,
  };
}
