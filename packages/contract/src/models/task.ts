import { z } from 'zod';
import { Attachment } from './attachment.js';
import { Id, Timestamp } from './common.js';
import { pageOf } from './page.js';
import { TaskStatus } from './task-status.js';

/** Free-form string labels; bounded like everything on the wire. */
const Metadata = z
  .record(z.string().max(64), z.string().max(1000))
  .refine((value) => Object.keys(value).length <= 50, 'at most 50 metadata entries')
  .meta({ maxProperties: 50 });

/** A checklist entry; entries nest (a recursive model). */
export const ChecklistItem = z
  .object({
    text: z.string().min(1).max(500),
    done: z.boolean().default(false),
    get children() {
      return z.array(ChecklistItem).max(50).default([]);
    },
  })
  .meta({ id: 'ChecklistItem' });
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const Task = z
  .object({
    id: Id,
    projectId: Id,
    title: z.string().min(1).max(200),
    description: z.string().max(5000).default(''),
    status: TaskStatus.default('todo'),
    /** 0 (none) to 4 (urgent). */
    priority: z.number().int().min(0).max(4).default(2),
    estimateHours: z.number().min(0).max(10_000).default(0),
    /** May be absent (no due date); never null on the wire. */
    dueAt: Timestamp.optional(),
    /** Always present; null while unassigned. */
    assigneeId: Id.nullable(),
    tags: z.array(z.string().min(1).max(40)).max(20).default([]),
    metadata: Metadata.default({}),
    attachments: z.array(Attachment).max(20).default([]),
    checklist: z.array(ChecklistItem).max(100).default([]),
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Task' });
export type Task = z.infer<typeof Task>;

const { title, description, priority, estimateHours, dueAt, tags, metadata } = Task.shape;

export const CreateTaskInput = z
  .object({
    projectId: Id,
    title,
    description,
    status: TaskStatus.optional(),
    priority,
    estimateHours,
    dueAt,
    assigneeId: Id.nullable().default(null),
    tags,
    metadata,
    attachments: Task.shape.attachments,
    checklist: Task.shape.checklist,
  })
  .meta({ id: 'CreateTaskInput' });
export type CreateTaskInput = z.input<typeof CreateTaskInput>;

/** PATCH semantics: absent leaves a field unchanged; null clears a clearable one. */
export const UpdateTaskInput = z
  .object({
    title: title.optional(),
    description: z.string().max(5000).optional(),
    status: TaskStatus.optional(),
    priority: z.number().int().min(0).max(4).optional(),
    estimateHours: z.number().min(0).max(10_000).optional(),
    dueAt: Timestamp.nullish(),
    assigneeId: Id.nullish(),
    tags: z.array(z.string().min(1).max(40)).max(20).optional(),
    metadata: Metadata.optional(),
    attachments: z.array(Attachment).max(20).optional(),
    checklist: z.array(ChecklistItem).max(100).optional(),
  })
  .meta({ id: 'UpdateTaskInput' });
export type UpdateTaskInput = z.input<typeof UpdateTaskInput>;

export const TaskPage = pageOf(Task, 'TaskPage');
export type TaskPage = z.infer<typeof TaskPage>;
