import { isDeepStrictEqual } from 'node:util';
import {
  type OperationInput,
  type OperationName,
  type Project,
  type ProjectPage,
  type RouteDefinition,
  routes,
  type Session,
  type Task,
  type TaskPage,
  type UserPage,
} from '@acme/contract';
import { expect } from 'vitest';
import type { z } from 'zod';
import type { Model } from './model.js';
import type { Outcome } from './response-checks.js';

/** The input a call was made with, as the server received it (before validation). */
export interface SentInput {
  params?: unknown;
  query?: unknown;
  body?: unknown;
}

/** How the calls may be checked against the model: alone, or racing others in one batch. */
export interface EffectOptions {
  /** Other calls ran concurrently with writes: reads may see either side of them. */
  concurrentWrites: boolean;
}

type Effect<N extends OperationName> = (
  model: Model,
  input: OperationInput<N>,
  outcome: Outcome,
  options: EffectOptions,
) => void;

/** The input as the operation received it: the contract's own parse of what was sent. */
function parseSent<N extends OperationName>(
  route: RouteDefinition,
  sent: SentInput,
  context: string,
): OperationInput<N> {
  const parse = (schema: z.ZodType | undefined, value: unknown, part: string): unknown => {
    if (schema === undefined) return undefined;
    const result = schema.safeParse(value ?? {});
    if (!result.success) {
      throw new Error(
        `${context}: the server accepted ${part} the contract refuses: ${JSON.stringify(value)?.slice(0, 300)}`,
      );
    }
    return result.data;
  };
  return {
    params: parse(route.params, sent.params, 'params'),
    query: parse(route.query, sent.query, 'query'),
    body: parse(route.body, sent.body, 'a body'),
  } as OperationInput<N>;
}

/** toEqual, with node's much cheaper comparison first: vitest's only runs to print a diff. */
function expectSame(actual: unknown, expected: unknown) {
  if (!isDeepStrictEqual(actual, expected)) expect(actual).toEqual(expected);
}

/** JSON round trip: what the expected value looks like on the wire (-0 is 0, no undefined). */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const instant = (text: string) => new Date(text).toISOString();

const without = <T extends object>(value: T, ...keys: string[]) =>
  Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

/** A page's items are rows of the model, in order, filtered, and all of them if it is the only page. */
function checkPage<T extends { id: string; createdAt: string }>(
  rows: Map<string, T>,
  page: { items: T[]; nextCursor: string | null },
  query: { limit: number; cursor?: string },
  keep: (row: T) => boolean,
  model: Model,
  options: EffectOptions,
) {
  if (page.nextCursor !== null) model.addCursor(page.nextCursor);
  expect(page.items.length).toBeLessThanOrEqual(query.limit);
  for (const [index, item] of page.items.entries()) {
    expect(keep(item), `item ${item.id} does not match the filter`).toBe(true);
    const previous = page.items[index - 1];
    if (previous) {
      const order =
        previous.createdAt === item.createdAt
          ? previous.id > item.id
          : previous.createdAt > item.createdAt;
      expect(order, `items ${previous.id}, ${item.id} out of newest-first order`).toBe(true);
    }
  }
  if (options.concurrentWrites) return;
  for (const item of page.items) expectSame(item, rows.get(item.id));
  if (query.cursor === undefined && page.nextCursor === null) {
    expect(page.items.length, 'a single page lists every matching row').toBe(
      [...rows.values()].filter(keep).length,
    );
  }
}

function checkGet<T>(rows: Map<string, T>, id: string, outcome: Outcome, options: EffectOptions) {
  if (options.concurrentWrites) return;
  if (outcome.ok) expectSame(outcome.data, rows.get(id));
  else if (outcome.error.code === 'NOT_FOUND') expect(rows.has(id), `${id} exists`).toBe(false);
}

const expectedTask = (input: OperationInput<'createTask'>['body'], project: Project) => ({
  projectId: input.projectId,
  title: input.title,
  description: input.description,
  status: input.status ?? project.settings.defaultStatus,
  priority: input.priority,
  estimateHours: input.estimateHours,
  ...(input.dueAt === undefined ? {} : { dueAt: instant(input.dueAt) }),
  assigneeId: input.assigneeId,
  tags: input.tags,
  metadata: input.metadata,
  attachments: input.attachments,
  checklist: input.checklist,
});

/** PATCH semantics: absent fields unchanged, null clears dueAt and assigneeId. */
function patched(task: Task, patch: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...task };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'dueAt') {
      if (value === null) delete next.dueAt;
      else next.dueAt = instant(value as string);
    } else next[key] = value;
  }
  return next;
}

const missingUser = (model: Model, id: string | null | undefined) =>
  typeof id === 'string' && !model.users.has(id);

/**
 * Per operation: what a success or a NOT_FOUND says about the model, and how a success
 * changes it. A new route without an entry here fails the fuzz (see plans.ts).
 */
export const effects: { [N in OperationName]: Effect<N> } = {
  health: () => {},
  register: (model, { body }, outcome) => {
    if (!outcome.ok) return;
    const { user } = outcome.data as Session;
    expectSame(
      { email: user.email, displayName: user.displayName },
      { email: body.email, displayName: body.displayName },
    );
    model.putUser(user);
  },
  // Random credentials never match an account; a log-out is followed by a new session
  // (FuzzHarness.inject): neither changes the data the model holds.
  logIn: () => {},
  logOut: () => {},
  getCurrentUser: (model, _input, outcome) => {
    if (outcome.ok) expect((outcome.data as { id: string }).id).toBe(model.callerId);
  },
  listUsers: (model, { query }, outcome, options) => {
    if (outcome.ok)
      checkPage(model.users, outcome.data as UserPage, query, () => true, model, options);
  },
  getUser: (model, { params }, outcome, options) =>
    checkGet(model.users, params.userId, outcome, options),
  listProjects: (model, { query }, outcome, options) => {
    if (outcome.ok)
      checkPage(model.projects, outcome.data as ProjectPage, query, () => true, model, options);
  },
  getProject: (model, { params }, outcome, options) =>
    checkGet(model.projects, params.projectId, outcome, options),
  createProject: (model, { body }, outcome) => {
    // Only the caller may own what it creates (any other owner is FORBIDDEN, not checked here).
    if (!outcome.ok) return;
    const project = outcome.data as Project;
    expect(body.ownerId, 'a project created for someone else').toBe(model.callerId);
    expectSame(
      without(project, 'id', 'createdAt'),
      wire({
        name: body.name,
        description: body.description,
        ownerId: body.ownerId,
        settings: body.settings,
      }),
    );
    model.putProject(project);
  },
  listTasks: (model, { query }, outcome, options) => {
    if (!outcome.ok) return;
    const keep = (task: Task) =>
      (query.projectId === undefined || task.projectId === query.projectId) &&
      (query.status === undefined || task.status === query.status) &&
      (query.assigneeId === undefined || task.assigneeId === query.assigneeId);
    checkPage(model.tasks, outcome.data as TaskPage, query, keep, model, options);
  },
  getTask: (model, { params }, outcome, options) =>
    checkGet(model.tasks, params.taskId, outcome, options),
  createTask: (model, { body }, outcome) => {
    const project = model.projects.get(body.projectId);
    if (outcome.ok) {
      const task = outcome.data as Task;
      expect(project, `project ${body.projectId} does not exist`).toBeDefined();
      expect(
        missingUser(model, body.assigneeId),
        `assignee ${body.assigneeId} does not exist`,
      ).toBe(false);
      expectSame(
        without(task, 'id', 'createdAt', 'updatedAt'),
        wire(expectedTask(body, project as Project)),
      );
      model.putTask(task);
    } else if (outcome.error.code === 'NOT_FOUND') {
      expect(
        project === undefined || missingUser(model, body.assigneeId),
        'project and assignee exist',
      ).toBe(true);
    }
  },
  updateTask: (model, { params, body }, outcome, options) => {
    const previous = model.tasks.get(params.taskId);
    if (outcome.ok) {
      const task = outcome.data as Task;
      expect(previous, `task ${params.taskId} does not exist`).toBeDefined();
      if (!options.concurrentWrites) {
        expectSame(
          without(task, 'updatedAt'),
          wire(without(patched(previous as Task, body), 'updatedAt')),
        );
      }
      model.putTask(task);
    } else if (outcome.error.code === 'NOT_FOUND' && !options.concurrentWrites) {
      expect(
        previous === undefined || missingUser(model, body.assigneeId),
        'task and assignee exist',
      ).toBe(true);
    }
  },
  deleteTask: (model, { params }, outcome, options) => {
    if (outcome.ok) {
      expect(model.tasks.has(params.taskId), `task ${params.taskId} did not exist`).toBe(true);
      model.deleteTask(params.taskId);
    } else if (outcome.error.code === 'NOT_FOUND' && !options.concurrentWrites) {
      expect(model.tasks.has(params.taskId), `task ${params.taskId} exists`).toBe(false);
    }
  },
};

/** Checks one call's outcome against the model and applies it. */
export function applyOutcome(
  model: Model,
  name: OperationName,
  sent: SentInput,
  outcome: Outcome,
  options: EffectOptions,
  context: string,
): void {
  // Only a success or a NOT_FOUND tells something about the data; both passed validation.
  if (!outcome.ok && outcome.error.code !== 'NOT_FOUND') return;
  const route: RouteDefinition = routes[name];
  const effect = effects[name] as Effect<OperationName>;
  effect(model, parseSent(route, sent, context), outcome, options);
}
