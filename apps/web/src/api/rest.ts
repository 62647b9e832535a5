import { toApiError } from '@acme/client-ts';
import { session } from '../auth/session';
import { createRestClient } from './rest-client';
import type {
  CreateTaskInput,
  LogInInput,
  Page,
  Project,
  Result,
  Session,
  Task,
  UpdateTaskInput,
} from './types';
import { noticeUpdateRequired } from './update-required';

export const TASK_PAGE_SIZE = 10;

// Same origin: the dev server (and the e2e server) forward /api to the API.
const client = createRestClient({
  baseUrl: new URL('/api/v1', window.location.origin).href,
  session,
});

type FetchOutcome<T> = { data?: T; error?: unknown; response: Response };

/** openapi-fetch resolves HTTP errors and rejects on network failures: both become a Result. */
async function settle<T>(request: Promise<FetchOutcome<T>>): Promise<Result<T>> {
  try {
    const { data, error, response } = await request;
    if (response.ok && data !== undefined) return { ok: true, data };
    const apiError = toApiError(error, response.status);
    noticeUpdateRequired(apiError);
    return { ok: false, error: apiError };
  } catch (cause) {
    return { ok: false, error: toApiError(cause) };
  }
}

/** settle for an answer without a body (204). */
const settleEmpty = (request: Promise<FetchOutcome<unknown>>): Promise<Result<null>> =>
  settle<null>(
    request.then(({ error, response }) =>
      response.ok ? { data: null, response } : { error, response },
    ),
  );

export const listTasks = (cursor: string | undefined): Promise<Result<Page<Task>>> =>
  settle(client.GET('/tasks', { params: { query: { limit: TASK_PAGE_SIZE, cursor } } }));

export const createTask = (body: CreateTaskInput): Promise<Result<Task>> =>
  settle(client.POST('/tasks', { body }));

export const updateTask = (taskId: string, body: UpdateTaskInput): Promise<Result<Task>> =>
  settle(client.PATCH('/tasks/{taskId}', { params: { path: { taskId } }, body }));

/** The projects a task can be filed under (one page is plenty for a picker in an example). */
export const listProjectChoices = (): Promise<Result<Page<Project>>> =>
  settle(client.GET('/projects', { params: { query: { limit: 100 } } }));

/** Signs in; the caller keeps the session (wrong credentials: 401 with the API's message). */
export const logIn = (body: LogInInput): Promise<Result<Session>> =>
  settle(client.POST('/auth/login', { body }));

/** Ends the session the current token belongs to, on the server. */
export const logOut = (): Promise<Result<null>> => settleEmpty(client.POST('/auth/logout'));
