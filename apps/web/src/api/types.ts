// The wire types the app is written against: generated from the contract into client-ts.
import type { ApiError } from '@acme/client-ts';

export type {
  ApiError,
  Attachment,
  CreateProjectInput,
  CreateTaskInput,
  ErrorDetail,
  LogInInput,
  Project,
  Session,
  Task,
  TaskStatus,
  UpdateTaskInput,
  User,
} from '@acme/client-ts';

export type Page<T> = { items: T[]; nextCursor: string | null };

/** What every API call in the app resolves to: never a thrown error, always something to render. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };
