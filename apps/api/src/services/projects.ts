import type { CreateProjectInput, Project, ProjectPage } from '@acme/contract';
import { and, eq, getTableColumns } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/database.js';
import { FOREIGN_KEY_VIOLATION, sqlStateOf, UNIQUE_VIOLATION } from '../db/errors.js';
import { type ProjectRow, projects } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { afterCursor, newestFirst, pageWindow, toPage } from './pagination.js';

export const toProject = (row: ProjectRow): Project => ({
  id: row.id,
  name: row.name,
  ...(row.description === null ? {} : { description: row.description }),
  ownerId: row.ownerId,
  settings: row.settings,
  createdAt: row.createdAt.toISOString(),
});

/** The signed-in user's projects; another user's list without them. */
export async function listProjects(
  db: Db,
  page: { limit: number; cursor?: string | undefined },
  ownerId: string,
): Promise<ProjectPage> {
  const filter = and(eq(projects.ownerId, ownerId), afterCursor(projects, page.cursor));
  const budgeted = pageWindow(db, projects, filter, page.limit);
  const rows = await db
    .select(getTableColumns(projects))
    .from(projects)
    .innerJoin(budgeted.window, budgeted.on)
    .where(budgeted.within)
    .orderBy(...newestFirst(projects));
  return toPage(rows, page.limit, toProject);
}

/** Another user's project answers NOT_FOUND, exactly like one that does not exist. */
export async function getProject(db: Db, id: string, ownerId: string): Promise<Project> {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, id), eq(projects.ownerId, ownerId)));
  if (!row) throw notFound('Project', id);
  return toProject(row);
}

export async function createProject(
  db: Db,
  input: z.output<typeof CreateProjectInput>,
  callerId: string,
): Promise<Project> {
  if (input.ownerId !== callerId) {
    throw new AppError('FORBIDDEN', 'A project can only be created for the signed-in user', [
      { location: 'body', path: 'ownerId', message: "Must be the signed-in user's id" },
    ]);
  }
  try {
    const [row] = await db
      .insert(projects)
      .values({
        name: input.name,
        description: input.description ?? null,
        ownerId: input.ownerId,
        settings: input.settings,
      })
      .returning();
    return toProject(row as ProjectRow);
  } catch (error) {
    const state = sqlStateOf(error);
    if (state === UNIQUE_VIOLATION) {
      throw new AppError(
        'CONFLICT',
        `User ${input.ownerId} already has a project named "${input.name}"`,
      );
    }
    // The owner was deleted between the check and the insert.
    if (state === FOREIGN_KEY_VIOLATION) throw notFound('User', input.ownerId);
    throw error;
  }
}
