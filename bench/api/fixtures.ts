import type { Operations } from '@acme/api';
import {
  type CreateTaskInput,
  type OperationInput,
  type Task,
  TaskPage,
  Task as TaskSchema,
} from '@acme/contract';
import type { z } from 'zod';

// Deterministic data shared by every server of the benchmark, so node:http and the API send
// the same JSON. Handlers answer from memory: the benchmark measures the HTTP layer (routing,
// validation, serialization), not the database.

const iso = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute)).toISOString();
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const task = (n: number): Task =>
  TaskSchema.parse({
    id: uuid(1000 + n),
    projectId: uuid(1),
    title: `Benchmark task ${n}`,
    description: 'A task with every kind of attachment and a nested checklist.',
    status: (['todo', 'in_progress', 'blocked', 'done'] as const)[n % 4],
    priority: n % 5,
    estimateHours: 1.5,
    dueAt: iso(600 + n),
    assigneeId: n % 2 === 0 ? uuid(2) : null,
    tags: ['bench', 'api'],
    metadata: { sprint: '7' },
    attachments: [
      { kind: 'link', url: 'https://example.com/spec', title: 'Spec' },
      { kind: 'file', fileName: 'a.txt', mimeType: 'text/plain', sizeBytes: 12 },
      { kind: 'image', url: 'https://example.com/a.png', width: 640, height: 480 },
    ],
    checklist: [{ text: 'Parent', children: [{ text: 'Child', done: true }] }],
    createdAt: iso(n),
    updatedAt: iso(n),
  });

export const taskPage: TaskPage = TaskPage.parse({
  items: Array.from({ length: 20 }, (_, i) => task(20 - i)),
  nextCursor: 'bmV4dA',
});
export const oneTask: Task = task(1);

/**
 * The page and the task as the reference servers send them: the API's own bodies when run.ts
 * passes them (BENCH_PAGE, BENCH_TASK), so the references send the same bytes. The API writes
 * the contract's fields in its schema order (optional ones last), which is not the order of
 * the objects above: same JSON, same length, other bytes.
 */
export function referencePayloads(): { page: unknown; task: unknown } {
  const { BENCH_PAGE, BENCH_TASK } = process.env;
  return {
    page: BENCH_PAGE ? JSON.parse(BENCH_PAGE) : taskPage,
    task: BENCH_TASK ? JSON.parse(BENCH_TASK) : oneTask,
  };
}

/** A valid create body (what every POST of the benchmark sends). */
export const createBody: CreateTaskInput = {
  projectId: uuid(1),
  title: 'Created by the benchmark',
  description: 'Some text',
  priority: 3,
  tags: ['bench'],
  attachments: [{ kind: 'link', url: 'https://example.com/x' }],
  checklist: [{ text: 'One' }],
};

/** Turns a parsed create body into the stored task, as the real service would. */
export const createdTask = (body: z.output<typeof CreateTaskInput>): Task => ({
  ...body,
  id: uuid(9999),
  status: body.status ?? 'todo',
  createdAt: iso(0),
  updatedAt: iso(0),
});

export const memoryOperations: Partial<Operations> = {
  listTasks: async () => taskPage,
  getTask: async (_input: OperationInput<'getTask'>) => oneTask,
  createTask: async ({ body }) => createdTask(body),
};
