// The wire types the app is written against. Until packages/client-ts is generated these come
// straight from the contract (the generator's source of truth, so they are the same shapes).
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
