import { createApiClient, toApiError } from '@acme/client-ts';
import type { CreateTaskInput, Page, Project, Result, Task, UpdateTaskInput } from './types';
import { APP_VERSION, noticeUpdateRequired } from './update-required';

export const TASK_PAGE_SIZE = 10;

// Same origin: the dev server (and the e2e server) forward /api to the API.
const client = createApiClient({
  baseUrl: new URL('/api/v1', window.location.origin).href,
  appVersion: APP_VERSION,
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

export const listTasks = (cursor: string | undefined): Promise<Result<Page<Task>>> =>
  settle(client.GET('/tasks', { params: { query: { limit: TASK_PAGE_SIZE, cursor } } }));

export const createTask = (body: CreateTaskInput): Promise<Result<Task>> =>
  settle(client.POST('/tasks', { body }));

export const updateTask = (taskId: string, body: UpdateTaskInput): Promise<Result<Task>> =>
  settle(client.PATCH('/tasks/{taskId}', { params: { path: { taskId } }, body }));

/** The projects a task can be filed under (one page is plenty for a picker in an example). */
export const listProjectChoices = (): Promise<Result<Page<Project>>> =>
  settle(client.GET('/projects', { params: { query: { limit: 100 } } }));
