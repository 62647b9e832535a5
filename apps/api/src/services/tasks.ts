import type {
  CreateTaskInput,
  OperationInput,
  Task,
  TaskPage,
  UpdateTaskInput,
} from '@acme/contract';
import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/database.js';
import { FOREIGN_KEY_VIOLATION, sqlStateOf } from '../db/errors.js';
import { projects, type TaskRow, tasks } from '../db/schema.js';
import { AppError, notFound, validationFailed } from '../errors.js';
import { afterCursor, newestFirst, pageWindow, toPage } from './pagination.js';
import { requireUser } from './users.js';

export const toTask = (row: TaskRow): Task => ({
  id: row.id,
  projectId: row.projectId,
  title: row.title,
  description: row.description,
  status: row.status,
  priority: row.priority,
  estimateHours: row.estimateHours,
  ...(row.dueAt === null ? {} : { dueAt: row.dueAt.toISOString() }),
  assigneeId: row.assigneeId,
  tags: row.tags,
  metadata: row.metadata,
  attachments: row.attachments,
  checklist: row.checklist,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/**
 * Tasks belong to whoever owns their project: every query of a task is limited to the caller's
 * projects, so another user's task answers NOT_FOUND, exactly like one that does not exist.
 */
const ownedBy = (db: Db, userId: string): SQL =>
  inArray(
    tasks.projectId,
    db.select({ id: projects.id }).from(projects).where(eq(projects.ownerId, userId)),
  );

export async function listTasks(
  db: Db,
  query: OperationInput<'listTasks'>['query'],
  ownerId: string,
): Promise<TaskPage> {
  const filters: (SQL | undefined)[] = [
    ownedBy(db, ownerId),
    query.projectId === undefined ? undefined : eq(tasks.projectId, query.projectId),
    query.status === undefined ? undefined : eq(tasks.status, query.status),
    query.assigneeId === undefined ? undefined : eq(tasks.assigneeId, query.assigneeId),
    afterCursor(tasks, query.cursor),
  ];
  const budgeted = pageWindow(db, tasks, and(...filters), query.limit);
  const rows = await db
    .select(getTableColumns(tasks))
    .from(tasks)
    .innerJoin(budgeted.window, budgeted.on)
    .where(budgeted.within)
    .orderBy(...newestFirst(tasks));
  return toPage(rows, query.limit, toTask);
}

export async function getTask(db: Db, id: string, ownerId: string): Promise<Task> {
  const [row] = await db
    .select()
    .from(tasks)
    .where(and(eq(tasks.id, id), ownedBy(db, ownerId)));
  if (!row) throw notFound('Task', id);
  return toTask(row);
}

/**
 * The contract's ISO format admits year 0000, which PostgreSQL cannot store (the insert failed
 * as a 500); every later year up to 9999 round-trips.
 */
function dueDate(text: string): Date {
  const date = new Date(text);
  if (date.getUTCFullYear() < 1) {
    throw validationFailed([
      { location: 'body', path: 'dueAt', message: 'Dates before year 0001 cannot be stored' },
    ]);
  }
  return date;
}

/** A reference that vanished between the check and the write is still a NOT_FOUND. */
function missingReference(
  error: unknown,
  input: { projectId?: string; assigneeId?: string | null },
) {
  if (sqlStateOf(error) !== FOREIGN_KEY_VIOLATION) return error;
  return input.assigneeId
    ? new AppError(
        'NOT_FOUND',
        `Project ${input.projectId} or user ${input.assigneeId} no longer exists`,
      )
    : notFound('Project', String(input.projectId));
}

export async function createTask(
  db: Db,
  input: z.output<typeof CreateTaskInput>,
  ownerId: string,
): Promise<Task> {
  const [project] = await db
    .select({ settings: projects.settings })
    .from(projects)
    .where(and(eq(projects.id, input.projectId), eq(projects.ownerId, ownerId)));
  if (!project) throw notFound('Project', input.projectId);
  if (input.assigneeId !== null) await requireUser(db, input.assigneeId);
  try {
    const [row] = await db
      .insert(tasks)
      .values({
        projectId: input.projectId,
        title: input.title,
        description: input.description,
        // A task that names no status starts in its project's default one.
        status: input.status ?? project.settings.defaultStatus,
        priority: input.priority,
        estimateHours: input.estimateHours,
        dueAt: input.dueAt === undefined ? null : dueDate(input.dueAt),
        assigneeId: input.assigneeId,
        tags: input.tags,
        metadata: input.metadata,
        attachments: input.attachments,
        checklist: input.checklist,
      })
      .returning();
    return toTask(row as TaskRow);
  } catch (error) {
    throw missingReference(error, input);
  }
}

export async function updateTask(
  db: Db,
  id: string,
  patch: z.output<typeof UpdateTaskInput>,
  ownerId: string,
): Promise<Task> {
  if (patch.assigneeId) await requireUser(db, patch.assigneeId);
  // Absent fields stay as they are; null clears the clearable ones (dueAt, assigneeId).
  const changes: Partial<typeof tasks.$inferInsert> = { updatedAt: sql`now()` as never };
  if (patch.title !== undefined) changes.title = patch.title;
  if (patch.description !== undefined) changes.description = patch.description;
  if (patch.status !== undefined) changes.status = patch.status;
  if (patch.priority !== undefined) changes.priority = patch.priority;
  if (patch.estimateHours !== undefined) changes.estimateHours = patch.estimateHours;
  if (patch.dueAt !== undefined) changes.dueAt = patch.dueAt === null ? null : dueDate(patch.dueAt);
  if (patch.assigneeId !== undefined) changes.assigneeId = patch.assigneeId;
  if (patch.tags !== undefined) changes.tags = patch.tags;
  if (patch.metadata !== undefined) changes.metadata = patch.metadata;
  if (patch.attachments !== undefined) changes.attachments = patch.attachments;
  if (patch.checklist !== undefined) changes.checklist = patch.checklist;
  try {
    const [row] = await db
      .update(tasks)
      .set(changes)
      .where(and(eq(tasks.id, id), ownedBy(db, ownerId)))
      .returning();
    if (!row) throw notFound('Task', id);
    return toTask(row);
  } catch (error) {
    if (sqlStateOf(error) === FOREIGN_KEY_VIOLATION) {
      throw notFound('User', String(patch.assigneeId));
    }
    throw error;
  }
}

export async function deleteTask(db: Db, id: string, ownerId: string): Promise<undefined> {
  const deleted = await db
    .delete(tasks)
    .where(and(eq(tasks.id, id), ownedBy(db, ownerId)))
    .returning({ id: tasks.id });
  if (deleted.length === 0) throw notFound('Task', id);
  return undefined;
}
