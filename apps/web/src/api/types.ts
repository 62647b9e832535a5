// The wire types the app is written against. Until packages/client-ts is generated these come
// straight from the contract (the generator's source of truth, so they are the same shapes).
import type { ApiError } from '@acme/contract';

export type {
  ApiError,
  Attachment,
  CreateTaskInput,
  ErrorDetail,
  Project,
  Task,
  TaskStatus,
  UpdateTaskInput,
} from '@acme/contract';

export type Page<T> = { items: T[]; nextCursor: string | null };

/** What every API call in the app resolves to: never a thrown error, always something to render. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiError };
