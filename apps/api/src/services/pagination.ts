import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
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

/**
 * Turns `limit + 1` fetched rows into one page: the extra row only tells that a next page
 * exists, which spares a count query.
 */
export function toPage<Row extends CursorKey, Item>(
  rows: Row[],
  limit: number,
  map: (row: Row) => Item,
): { items: Item[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}
