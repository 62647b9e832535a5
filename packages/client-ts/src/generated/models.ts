// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target typescript of tooling/codegen.
// Regenerate with: pnpm codegen

import type { components } from './openapi.js';

export type ApiError = components['schemas']['ApiError'];
export type Attachment = components['schemas']['Attachment'];
export type AttachmentInput = components['schemas']['AttachmentInput'];
export type ChecklistItem = components['schemas']['ChecklistItem'];
export type ChecklistItemInput = components['schemas']['ChecklistItemInput'];
export type CreateProjectInput = components['schemas']['CreateProjectInput'];
export type CreateTaskInput = components['schemas']['CreateTaskInput'];
export type DatabaseHealth = components['schemas']['DatabaseHealth'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type ErrorDetail = components['schemas']['ErrorDetail'];
export type ErrorLocation = components['schemas']['ErrorLocation'];
export type FileAttachment = components['schemas']['FileAttachment'];
export type Health = components['schemas']['Health'];
export type ImageAttachment = components['schemas']['ImageAttachment'];
export type ImageAttachmentInput = components['schemas']['ImageAttachmentInput'];
export type LinkAttachment = components['schemas']['LinkAttachment'];
export type LogInInput = components['schemas']['LogInInput'];
export type Project = components['schemas']['Project'];
export type ProjectPage = components['schemas']['ProjectPage'];
export type ProjectSettings = components['schemas']['ProjectSettings'];
export type ProjectSettingsInput = components['schemas']['ProjectSettingsInput'];
export type RegisterInput = components['schemas']['RegisterInput'];
export type Session = components['schemas']['Session'];
export type Task = components['schemas']['Task'];
export type TaskPage = components['schemas']['TaskPage'];
export type TaskStatus = components['schemas']['TaskStatus'];
export type UpdateTaskInput = components['schemas']['UpdateTaskInput'];
export type User = components['schemas']['User'];
export type UserPage = components['schemas']['UserPage'];
