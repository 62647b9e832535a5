import type { User, UserPage } from '@acme/contract';
import { eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { type UserRow, users } from '../db/schema.js';
import { notFound } from '../errors.js';
import { afterCursor, newestFirst, pageWindow, toPage } from './pagination.js';

export const toUser = (row: UserRow): User => ({
  id: row.id,
  email: row.email,
  displayName: row.displayName,
  avatarUrl: row.avatarUrl,
  createdAt: row.createdAt.toISOString(),
});

export async function listUsers(
  db: Db,
  page: { limit: number; cursor?: string | undefined },
): Promise<UserPage> {
  const budgeted = pageWindow(db, users, afterCursor(users, page.cursor), page.limit);
  const rows = await db
    .select(getTableColumns(users))
    .from(users)
    .innerJoin(budgeted.window, budgeted.on)
    .where(budgeted.within)
    .orderBy(...newestFirst(users));
  return toPage(rows, page.limit, toUser);
}

export async function getUser(db: Db, id: string): Promise<User> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  if (!row) throw notFound('User', id);
  return toUser(row);
}

/** Throws NOT_FOUND naming the field unless the user exists (for references in inputs). */
export async function requireUser(db: Db, id: string): Promise<void> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.id, id));
  if (!row) throw notFound('User', id);
}
