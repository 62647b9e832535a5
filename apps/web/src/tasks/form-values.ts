import type { Attachment, CreateTaskInput, Task, TaskStatus, UpdateTaskInput } from '../api/types';
import type { FormErrors } from './form-errors';

export type AttachmentKind = Attachment['kind'];

/** Every input an attachment can show, as typed text: switching kind back and forth loses nothing. */
export interface AttachmentDraft {
  readonly id: number;
  readonly kind: AttachmentKind;
  readonly url: string;
  readonly title: string;
  readonly fileName: string;
  readonly mimeType: string;
  readonly sizeBytes: string;
  readonly width: string;
  readonly height: string;
  readonly altText: string;
}
export type AttachmentField = Exclude<keyof AttachmentDraft, 'id' | 'kind'>;

/**
 * An attachment of a kind added to the API after this build: kept and sent back untouched, so
 * editing a task never deletes data this client cannot display.
 */
export interface PreservedAttachment {
  readonly id: number;
  readonly kind: 'preserved';
  readonly value: { readonly kind: string };
}

export type AttachmentEntry = AttachmentDraft | PreservedAttachment;

/** Which inputs each kind shows, in order; also the paths server errors may point at. */
export const attachmentFields: Readonly<Record<AttachmentKind, readonly AttachmentField[]>> = {
  link: ['url', 'title'],
  file: ['fileName', 'mimeType', 'sizeBytes'],
  image: ['url', 'width', 'height', 'altText'],
};

export const statusLabels: Readonly<Record<TaskStatus, string>> = {
  todo: 'To do',
  in_progress: 'In progress',
  blocked: 'Blocked',
  done: 'Done',
};

export const priorityLabels = ['None', 'Low', 'Medium', 'High', 'Urgent'] as const;

/** The form's state: text as the inputs hold it; converted to the wire shape only on submit. */
export interface TaskFormValues {
  readonly projectId: string;
  readonly title: string;
  readonly description: string;
  readonly status: TaskStatus;
  readonly priority: string;
  readonly estimateHours: string;
  /** As a `datetime-local` input holds it: local wall-clock time, minutes precision. */
  readonly dueAt: string;
  /** Comma-separated. */
  readonly tags: string;
  readonly attachments: readonly AttachmentEntry[];
}

export type Conversion<T> = { ok: true; input: T } | { ok: false; errors: FormErrors };

let lastAttachmentId = 0;
const nextAttachmentId = () => {
  lastAttachmentId += 1;
  return lastAttachmentId;
};

export const newAttachmentDraft = (kind: AttachmentKind = 'link'): AttachmentDraft => ({
  id: nextAttachmentId(),
  kind,
  url: '',
  title: '',
  fileName: '',
  mimeType: '',
  sizeBytes: '',
  width: '',
  height: '',
  altText: '',
});

export const emptyTaskForm = (projectId = ''): TaskFormValues => ({
  projectId,
  title: '',
  description: '',
  status: 'todo',
  priority: '2',
  estimateHours: '',
  dueAt: '',
  tags: '',
  attachments: [],
});

const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as a `datetime-local` value in the browser's time zone. */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value (local time) as the UTC instant the wire format wants. */
export function localInputToIso(local: string): string | undefined {
  // Date-time strings without an offset are parsed as local time, which is what the input means.
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function toEntry(attachment: Attachment): AttachmentEntry {
  switch (attachment.kind) {
    case 'link':
      return { ...newAttachmentDraft('link'), url: attachment.url, title: attachment.title ?? '' };
    case 'file':
      return {
        ...newAttachmentDraft('file'),
        fileName: attachment.fileName,
        mimeType: attachment.mimeType,
        sizeBytes: String(attachment.sizeBytes),
      };
    case 'image':
      return {
        ...newAttachmentDraft('image'),
        url: attachment.url,
        width: String(attachment.width),
        height: String(attachment.height),
        altText: attachment.altText,
      };
    default:
      // Unreachable for the types, reachable at runtime once the server adds a kind.
      return { id: nextAttachmentId(), kind: 'preserved', value: attachment };
  }
}

export function taskToForm(task: Task): TaskFormValues {
  return {
    projectId: task.projectId,
    title: task.title,
    description: task.description,
    status: task.status,
    priority: String(task.priority),
    estimateHours: String(task.estimateHours),
    dueAt: task.dueAt === undefined ? '' : isoToLocalInput(task.dueAt),
    tags: task.tags.join(', '),
    attachments: task.attachments.map(toEntry),
  };
}

/** Names of the inputs a form currently shows, as body paths: what server errors can point at. */
export function fieldNamesOf(values: TaskFormValues): Set<string> {
  const names = new Set([
    'projectId',
    'title',
    'description',
    'status',
    'priority',
    'estimateHours',
    'dueAt',
    'tags',
    'attachments',
  ]);
  values.attachments.forEach((entry, index) => {
    names.add(`attachments.${index}`);
    if (entry.kind === 'preserved') return;
    names.add(`attachments.${index}.kind`);
    for (const field of attachmentFields[entry.kind]) names.add(`attachments.${index}.${field}`);
  });
  return names;
}

/**
 * Collects conversion failures. Conversion only rejects text that has no wire value at all (a
 * number field holding letters, a required number left empty); every rule of the contract
 * (lengths, ranges, URL syntax) is the server's to check, so the two can never disagree.
 */
function createReader() {
  const byField: Record<string, string[]> = {};
  const fail = (field: string, message: string) => {
    byField[field] = [...(byField[field] ?? []), message];
  };
  const parse = (text: string) => (text.trim() === '' ? undefined : Number(text));
  return {
    optionalNumber(field: string, text: string): number | undefined {
      const value = parse(text);
      if (value !== undefined && !Number.isFinite(value)) fail(field, 'Enter a number');
      return value;
    },
    requiredNumber(field: string, text: string): number {
      const value = parse(text);
      if (value === undefined) fail(field, 'Required');
      else if (!Number.isFinite(value)) fail(field, 'Enter a number');
      return value ?? Number.NaN;
    },
    optionalInstant(field: string, local: string): string | undefined {
      if (local.trim() === '') return undefined;
      const iso = localInputToIso(local);
      if (iso === undefined) fail(field, 'Enter a date and time');
      return iso;
    },
    finish<T>(input: T): Conversion<T> {
      return Object.keys(byField).length === 0
        ? { ok: true, input }
        : { ok: false, errors: { byField, general: [] } };
    },
  };
}
type Reader = ReturnType<typeof createReader>;

type AttachmentInput = NonNullable<CreateTaskInput['attachments']>[number];

function toAttachmentInput(entry: AttachmentEntry, index: number, read: Reader): AttachmentInput {
  // Sent back as received; its shape is the server's, not this client's, to know.
  if (entry.kind === 'preserved') return entry.value as AttachmentInput;
  const at = (field: AttachmentField) => `attachments.${index}.${field}`;
  switch (entry.kind) {
    case 'link':
      return {
        kind: 'link',
        url: entry.url,
        ...(entry.title === '' ? {} : { title: entry.title }),
      };
    case 'file':
      return {
        kind: 'file',
        fileName: entry.fileName,
        mimeType: entry.mimeType,
        sizeBytes: read.requiredNumber(at('sizeBytes'), entry.sizeBytes),
      };
    case 'image':
      return {
        kind: 'image',
        url: entry.url,
        width: read.requiredNumber(at('width'), entry.width),
        height: read.requiredNumber(at('height'), entry.height),
        altText: entry.altText,
      };
  }
}

export const parseTags = (text: string) =>
  text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');

/** The fields create and update share, converted; undefined means "not given". */
function readFields(values: TaskFormValues, read: Reader) {
  return {
    title: values.title,
    description: values.description,
    status: values.status,
    priority: read.optionalNumber('priority', values.priority),
    estimateHours: read.optionalNumber('estimateHours', values.estimateHours),
    dueAt: read.optionalInstant('dueAt', values.dueAt),
    tags: parseTags(values.tags),
    attachments: values.attachments.map((entry, index) => toAttachmentInput(entry, index, read)),
  };
}

const withoutUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;

export function formToCreateInput(values: TaskFormValues): Conversion<CreateTaskInput> {
  const read = createReader();
  const fields = readFields(values, read);
  // Empty optional numbers are left out so the server applies the contract's defaults.
  return read.finish(withoutUndefined({ projectId: values.projectId, ...fields }));
}

/**
 * A PATCH body holding only what the user changed relative to `initial` (the form as loaded):
 * untouched fields stay absent so they cannot overwrite a concurrent edit or lose precision
 * (a due date with seconds survives the minutes-only input). A cleared due date becomes null.
 */
export function formToUpdateInput(
  values: TaskFormValues,
  initial: TaskFormValues,
): Conversion<UpdateTaskInput> {
  const read = createReader();
  const next = readFields(values, read);
  const before = readFields(initial, createReader());
  const changed = (key: keyof typeof next) =>
    JSON.stringify(next[key]) !== JSON.stringify(before[key]);
  const input: UpdateTaskInput = {};
  if (changed('title')) input.title = next.title;
  if (changed('description')) input.description = next.description;
  if (changed('status')) input.status = next.status;
  if (changed('priority') && next.priority !== undefined) input.priority = next.priority;
  if (changed('estimateHours') && next.estimateHours !== undefined) {
    input.estimateHours = next.estimateHours;
  }
  if (changed('dueAt')) input.dueAt = next.dueAt ?? null;
  if (changed('tags')) input.tags = next.tags;
  if (changed('attachments')) input.attachments = next.attachments;
  return read.finish(input);
}
