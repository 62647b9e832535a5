import { z } from 'zod';
import { LogInInput, RegisterInput, Session } from './models/auth.js';
import { Id } from './models/common.js';
import type { ErrorCode } from './models/error.js';
import { Health } from './models/health.js';
import { pageQuery } from './models/page.js';
import { CreateProjectInput, Project, ProjectPage } from './models/project.js';
import { CreateTaskInput, Task, TaskPage, UpdateTaskInput } from './models/task.js';
import { TaskStatus } from './models/task-status.js';
import { User, UserPage } from './models/user.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One operation of the API. REST routes, tRPC procedures, the OpenAPI document and both
 * generated clients are derived from these entries; nothing is declared twice.
 */
export interface RouteDefinition {
  readonly method: HttpMethod;
  /** Relative to the REST prefix (`/api/v1`), with OpenAPI-style `{param}` segments. */
  readonly path: `/${string}`;
  readonly summary: string;
  /** A key of routeTags (which describes it in OpenAPI), or a tag of its own. */
  readonly tag: string;
  /**
   * Who may call it: anyone (`public`), or a signed-in user (`signed-in`: a session token as
   * `Authorization: Bearer`, which the server checks before validating the input and which
   * OpenAPI, both clients and the breaking-change check all read from here). What a signed-in
   * user may see of another's resources is the handler's: another user's project or task
   * answers 404, as if it did not exist.
   */
  readonly access: RouteAccess;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
  /** A registered model (`.meta({ id })`): request bodies are named types in every client. */
  readonly body?: z.ZodType;
  /** A registered model, or null for 204 No Content. */
  readonly response: z.ZodType | null;
  readonly successStatus: 200 | 201 | 204;
  /** Errors this operation can answer with besides the ones every operation can. */
  readonly errors: readonly ErrorCode[];
  /**
   * A route on its way out: marked deprecated in OpenAPI and both clients, and answered with
   * `Deprecation` (RFC 9745) and, given a sunset date, `Sunset` (RFC 8594) headers.
   */
  readonly deprecated?: RouteDeprecation;
}

/** Roles would be a third kind here (`{ role: 'admin' }`), checked by the same server hook. */
export type RouteAccess = 'public' | 'signed-in';

/** The groups of the API, as OpenAPI tags, with what each holds. */
export const routeTags = {
  system: 'The API itself: health of the server and its database.',
  auth: 'Accounts and sessions: register, log in, log out, and who is signed in.',
  users: 'The people who own projects and are assigned tasks.',
  projects: 'Projects: named groups of tasks with their own settings.',
  tasks: 'Tasks: the work items, with checklists, attachments and metadata.',
} as const satisfies Record<string, string>;

export interface RouteDeprecation {
  /** When it was deprecated: an ISO 8601 instant (`2026-12-01T00:00:00Z`). */
  readonly since: string;
  /** When it may stop answering, if decided (an ISO 8601 instant). */
  readonly sunset?: string;
  /** What to use instead; shown in OpenAPI and in both clients' deprecation notes. */
  readonly use: string;
}

/**
 * Errors any operation may answer with: bad input, a request too slow or with headers too
 * large (answered before routing), an app version the server no longer serves, throttling,
 * and server-side failure.
 */
export const commonErrors = [
  'VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'HEADERS_TOO_LARGE',
  'UPDATE_REQUIRED',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL',
] as const satisfies readonly ErrorCode[];

/**
 * Every error an operation can answer with: its own, the common ones, 415 where it takes a
 * body, 401 where it needs a signed-in user.
 */
export function errorsOf(route: RouteDefinition): ErrorCode[] {
  const body: ErrorCode[] = route.body ? ['UNSUPPORTED_MEDIA_TYPE'] : [];
  const access: ErrorCode[] = route.access === 'signed-in' ? ['UNAUTHENTICATED'] : [];
  return [...new Set<ErrorCode>([...route.errors, ...access, ...commonErrors, ...body])];
}

const defineRoute = <const R extends RouteDefinition>(route: R): R => route;

const byId = <K extends string>(key: K) => z.object({ [key]: Id } as { [P in K]: typeof Id });

export const routes = {
  health: defineRoute({
    method: 'GET',
    path: '/health',
    summary: 'Report the state of the API and its database',
    tag: 'system',
    access: 'public',
    response: Health,
    successStatus: 200,
    errors: [],
  }),
  register: defineRoute({
    method: 'POST',
    path: '/auth/register',
    summary: 'Create an account and sign in to it',
    tag: 'auth',
    access: 'public',
    body: RegisterInput,
    response: Session,
    successStatus: 201,
    errors: ['CONFLICT'],
  }),
  logIn: defineRoute({
    method: 'POST',
    path: '/auth/login',
    summary: 'Sign in with an email and password (rate limited per account and per address)',
    tag: 'auth',
    access: 'public',
    body: LogInInput,
    response: Session,
    successStatus: 200,
    errors: ['UNAUTHENTICATED'],
  }),
  logOut: defineRoute({
    method: 'POST',
    path: '/auth/logout',
    summary: 'End the session whose token made this call',
    tag: 'auth',
    access: 'signed-in',
    response: null,
    successStatus: 204,
    errors: [],
  }),
  getCurrentUser: defineRoute({
    method: 'GET',
    path: '/auth/me',
    summary: 'Get the signed-in user',
    tag: 'auth',
    access: 'signed-in',
    response: User,
    successStatus: 200,
    errors: [],
  }),
  listUsers: defineRoute({
    method: 'GET',
    path: '/users',
    summary: 'List users, newest first',
    tag: 'users',
    access: 'signed-in',
    query: z.object(pageQuery),
    response: UserPage,
    successStatus: 200,
    errors: [],
  }),
  getUser: defineRoute({
    method: 'GET',
    path: '/users/{userId}',
    summary: 'Get one user',
    tag: 'users',
    access: 'signed-in',
    params: byId('userId'),
    response: User,
    successStatus: 200,
    errors: ['NOT_FOUND'],
  }),
  listProjects: defineRoute({
    method: 'GET',
    path: '/projects',
    summary: 'List projects, newest first',
    tag: 'projects',
    access: 'signed-in',
    query: z.object(pageQuery),
    response: ProjectPage,
    successStatus: 200,
    errors: [],
  }),
  getProject: defineRoute({
    method: 'GET',
    path: '/projects/{projectId}',
    summary: 'Get one project',
    tag: 'projects',
    access: 'signed-in',
    params: byId('projectId'),
    response: Project,
    successStatus: 200,
    errors: ['NOT_FOUND'],
  }),
  createProject: defineRoute({
    method: 'POST',
    path: '/projects',
    summary: 'Create a project owned by the signed-in user',
    tag: 'projects',
    access: 'signed-in',
    body: CreateProjectInput,
    response: Project,
    successStatus: 201,
    errors: ['FORBIDDEN', 'CONFLICT'],
  }),
  listTasks: defineRoute({
    method: 'GET',
    path: '/tasks',
    summary: 'List tasks, newest first, optionally filtered',
    tag: 'tasks',
    access: 'signed-in',
    query: z.object({
      projectId: Id.optional(),
      status: TaskStatus.optional(),
      assigneeId: Id.optional(),
      ...pageQuery,
    }),
    response: TaskPage,
    successStatus: 200,
    errors: [],
  }),
  getTask: defineRoute({
    method: 'GET',
    path: '/tasks/{taskId}',
    summary: 'Get one task',
    tag: 'tasks',
    access: 'signed-in',
    params: byId('taskId'),
    response: Task,
    successStatus: 200,
    errors: ['NOT_FOUND'],
  }),
  createTask: defineRoute({
    method: 'POST',
    path: '/tasks',
    summary: 'Create a task in a project',
    tag: 'tasks',
    access: 'signed-in',
    body: CreateTaskInput,
    response: Task,
    successStatus: 201,
    errors: ['NOT_FOUND'],
  }),
  updateTask: defineRoute({
    method: 'PATCH',
    path: '/tasks/{taskId}',
    summary: 'Change some fields of a task (absent: unchanged, null: cleared)',
    tag: 'tasks',
    access: 'signed-in',
    params: byId('taskId'),
    body: UpdateTaskInput,
    response: Task,
    successStatus: 200,
    errors: ['NOT_FOUND'],
  }),
  deleteTask: defineRoute({
    method: 'DELETE',
    path: '/tasks/{taskId}',
    summary: 'Delete a task',
    tag: 'tasks',
    access: 'signed-in',
    params: byId('taskId'),
    response: null,
    successStatus: 204,
    errors: ['NOT_FOUND'],
  }),
} as const satisfies Record<string, RouteDefinition>;

export type Routes = typeof routes;
export type OperationName = keyof Routes;
export const operationNames = Object.keys(routes) as OperationName[];
