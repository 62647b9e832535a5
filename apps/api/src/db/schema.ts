import type { Attachment, ChecklistItem } from '@acme/contract';
import { sql } from 'drizzle-orm';
import {
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

// Tables live in the connection's search_path schema (public unless DATABASE_SCHEMA says
// otherwise), so the same migrations serve PGlite, a real server and isolated test schemas.

const createdAt = () =>
  timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow();

/**
 * The row's size as JSON (octet_length of row_to_json), kept by a trigger on every write (see
 * migration 0001): list pages stop at a byte budget without reading or serialising the rows.
 * It is never below the API's JSON of the row (longer snake_case keys and timestamps, the same
 * escapes).
 */
const jsonBytes = () => integer('json_bytes').notNull().default(0);

const PG_TIMESTAMPTZ = /^(\d{4})-(\d\d)-(\d\d) (\d\d:\d\d:\d\d(?:\.\d+)?)([+-]\d\d)(?::(\d\d))?$/;

/**
 * timestamp(3) with time zone as a Date, read as ISO 8601. Drizzle's own timestamp column
 * reads the driver's text with `new Date(text)`, whose legacy parser takes years 1-99 for
 * 1950-2049: a due date in 0001 came back as 2001. (now() columns never meet such years.)
 */
const instant = customType<{ data: Date; driverData: string }>({
  dataType: () => 'timestamp (3) with time zone',
  toDriver: (value) => value.toISOString(),
  fromDriver: (text) => {
    const match = PG_TIMESTAMPTZ.exec(text);
    if (!match) return new Date(text);
    const [, year, month, day, time, hours, minutes = '00'] = match;
    return new Date(`${year}-${month}-${day}T${time}${hours}:${minutes}`);
  },
});

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    email: text('email').notNull().unique(),
    displayName: text('display_name').notNull(),
    avatarUrl: text('avatar_url'),
    /**
     * Argon2id (PHC string), or null for an account that cannot log in (the seed's example
     * people). Never selected into an API model: services map rows field by field.
     */
    passwordHash: text('password_hash'),
    createdAt: createdAt(),
    jsonBytes: jsonBytes(),
  },
  (table) => [
    index('users_created_at_id_idx').on(table.createdAt.desc(), table.id.desc()),
    // Log-in finds an account whatever the letter case it is typed in; one account per address.
    uniqueIndex('users_email_lower_idx').on(sql`lower(${table.email})`),
  ],
);

/**
 * Signed-in sessions. Only the SHA-256 of a token is stored: a leaked table (or backup) holds
 * no usable credential, and a lookup by hash reveals nothing through its timing.
 */
export const sessions = pgTable(
  'sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (table) => [index('sessions_user_id_idx').on(table.userId)],
);

export interface ProjectSettingsRow {
  defaultStatus: 'todo' | 'in_progress' | 'blocked' | 'done';
  color: string;
  archived: boolean;
}

export const projects = pgTable(
  'projects',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    description: text('description'),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    settings: jsonb('settings').$type<ProjectSettingsRow>().notNull(),
    createdAt: createdAt(),
    jsonBytes: jsonBytes(),
  },
  (table) => [
    index('projects_created_at_id_idx').on(table.createdAt.desc(), table.id.desc()),
    // One owner cannot have two projects that differ only in letter case (answered as CONFLICT).
    uniqueIndex('projects_owner_id_name_idx').on(table.ownerId, sql`lower(${table.name})`),
  ],
);

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: ['todo', 'in_progress', 'blocked', 'done'] }).notNull(),
    priority: integer('priority').notNull(),
    estimateHours: doublePrecision('estimate_hours').notNull(),
    dueAt: instant('due_at'),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    tags: jsonb('tags').$type<string[]>().notNull(),
    metadata: jsonb('metadata').$type<Record<string, string>>().notNull(),
    attachments: jsonb('attachments').$type<Attachment[]>().notNull(),
    checklist: jsonb('checklist').$type<ChecklistItem[]>().notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    jsonBytes: jsonBytes(),
  },
  (table) => [
    index('tasks_created_at_id_idx').on(table.createdAt.desc(), table.id.desc()),
    index('tasks_project_id_idx').on(table.projectId),
    index('tasks_assignee_id_idx').on(table.assigneeId),
  ],
);

export type UserRow = typeof users.$inferSelect;
export type SessionRow = typeof sessions.$inferSelect;
export type ProjectRow = typeof projects.$inferSelect;
export type TaskRow = typeof tasks.$inferSelect;
