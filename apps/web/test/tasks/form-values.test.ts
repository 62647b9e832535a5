import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../src/api/types';
import {
  emptyTaskForm,
  fieldNamesOf,
  formToCreateInput,
  formToUpdateInput,
  isoToLocalInput,
  localInputToIso,
  newAttachmentDraft,
  type TaskFormValues,
  taskToForm,
} from '../../src/tasks/form-values';

const projectId = '6f1f7f5e-3a53-4a5e-9a3e-1d2b3c4d5e6f';

const task: Task = {
  id: '0b6d3c9a-8a57-4f53-9f5e-5a4b3c2d1e0f',
  projectId,
  title: 'Ship it',
  description: 'All of it',
  status: 'in_progress',
  priority: 3,
  estimateHours: 1.5,
  dueAt: '2026-01-15T14:30:45.000Z',
  assigneeId: null,
  tags: ['web', 'release'],
  metadata: { team: 'web' },
  attachments: [
    { kind: 'link', url: 'https://example.com/spec' },
    { kind: 'file', fileName: 'a.pdf', mimeType: 'application/pdf', sizeBytes: 1024 },
    { kind: 'image', url: 'https://example.com/a.png', width: 640, height: 480, altText: 'A' },
  ],
  checklist: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

// Local time is the browser's; pin a zone with an offset so a UTC/local mix-up cannot pass.
let savedTz: string | undefined;
beforeEach(() => {
  savedTz = process.env.TZ;
  process.env.TZ = 'America/New_York';
});
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe('datetime-local conversion', () => {
  it('reads the input as local wall-clock time and sends UTC', () => {
    expect(localInputToIso('2026-01-15T09:30')).toBe('2026-01-15T14:30:00.000Z');
    expect(isoToLocalInput('2026-01-15T14:30:45.000Z')).toBe('2026-01-15T09:30');
  });

  it('rejects text that is no date', () => {
    expect(localInputToIso('tomorrow')).toBeUndefined();
    expect(isoToLocalInput('tomorrow')).toBe('');
  });
});

describe('formToCreateInput', () => {
  it('converts every attachment kind with only the fields of its kind', () => {
    const link = { ...newAttachmentDraft('link'), url: 'https://a.example', fileName: 'stale' };
    const file = { ...newAttachmentDraft('file'), fileName: 'b.txt', mimeType: 'text/plain' };
    const image = { ...newAttachmentDraft('image'), url: 'https://c.example/c.png' };
    const values: TaskFormValues = {
      ...emptyTaskForm(projectId),
      title: 'New',
      tags: ' a, ,b ,',
      dueAt: '2026-01-15T09:30',
      attachments: [
        link,
        { ...file, sizeBytes: '12' },
        { ...image, width: '10', height: '20', altText: 'C' },
      ],
    };
    expect(formToCreateInput(values)).toEqual({
      ok: true,
      input: {
        projectId,
        title: 'New',
        description: '',
        status: 'todo',
        priority: 2,
        tags: ['a', 'b'],
        dueAt: '2026-01-15T14:30:00.000Z',
        attachments: [
          { kind: 'link', url: 'https://a.example' },
          { kind: 'file', fileName: 'b.txt', mimeType: 'text/plain', sizeBytes: 12 },
          { kind: 'image', url: 'https://c.example/c.png', width: 10, height: 20, altText: 'C' },
        ],
      },
    });
  });

  it('leaves empty optional numbers out so the server applies its defaults', () => {
    const result = formToCreateInput({ ...emptyTaskForm(projectId), priority: '', title: 'x' });
    expect(result.ok && result.input).not.toHaveProperty('priority');
    expect(result.ok && result.input).not.toHaveProperty('estimateHours');
    expect(result.ok && result.input).not.toHaveProperty('dueAt');
  });

  it('sends values the contract rejects unchanged: the server is the validator', () => {
    const result = formToCreateInput({
      ...emptyTaskForm(projectId),
      title: 'x'.repeat(500),
      priority: '9',
      attachments: [{ ...newAttachmentDraft('link'), url: 'not a url' }],
    });
    expect(result).toMatchObject({
      ok: true,
      input: { title: 'x'.repeat(500), priority: 9, attachments: [{ url: 'not a url' }] },
    });
  });

  it('reports text that has no wire value at the field it came from', () => {
    const result = formToCreateInput({
      ...emptyTaskForm(projectId),
      estimateHours: 'soon',
      dueAt: 'whenever',
      attachments: [{ ...newAttachmentDraft('image'), width: '', height: 'tall' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        general: [],
        byField: {
          estimateHours: ['Enter a number'],
          dueAt: ['Enter a date and time'],
          'attachments.0.width': ['Required'],
          'attachments.0.height': ['Enter a number'],
        },
      },
    });
  });
});

describe('taskToForm', () => {
  it('round-trips a task through the form unchanged except for due-date seconds', () => {
    const result = formToCreateInput(taskToForm(task));
    expect(result).toEqual({
      ok: true,
      input: {
        projectId,
        title: task.title,
        description: task.description,
        status: task.status,
        priority: task.priority,
        estimateHours: task.estimateHours,
        dueAt: '2026-01-15T14:30:00.000Z',
        tags: task.tags,
        attachments: [
          { kind: 'link', url: 'https://example.com/spec' },
          ...task.attachments.slice(1),
        ],
      },
    });
  });

  it('keeps attachments of kinds added to the API later and sends them back as they came', () => {
    const hologram = { kind: 'hologram', frames: 3 };
    const later = { ...task, attachments: [hologram] } as unknown as Task;
    const values = taskToForm(later);
    expect(values.attachments).toMatchObject([{ kind: 'preserved', value: hologram }]);
    expect(fieldNamesOf(values).has('attachments.0')).toBe(true);
    const result = formToCreateInput(values);
    expect(result.ok && result.input.attachments).toEqual([hologram]);
  });
});

describe('formToUpdateInput', () => {
  it('sends nothing when nothing changed', () => {
    const initial = taskToForm(task);
    expect(formToUpdateInput({ ...initial }, initial)).toEqual({ ok: true, input: {} });
  });

  it('sends only the changed fields, and null for a cleared due date', () => {
    const initial = taskToForm(task);
    const edited: TaskFormValues = {
      ...initial,
      title: 'Shipped',
      dueAt: '',
      attachments: initial.attachments.slice(1),
    };
    expect(formToUpdateInput(edited, initial)).toEqual({
      ok: true,
      input: { title: 'Shipped', dueAt: null, attachments: task.attachments.slice(1) },
    });
  });

  it('detects an attachment edited in place', () => {
    const initial = taskToForm(task);
    const [first, ...rest] = initial.attachments;
    if (first?.kind !== 'link') throw new Error('fixture starts with a link');
    const edited = { ...initial, attachments: [{ ...first, title: 'Spec' }, ...rest] };
    const result = formToUpdateInput(edited, initial);
    expect(result.ok && result.input.attachments?.[0]).toEqual({
      kind: 'link',
      url: 'https://example.com/spec',
      title: 'Spec',
    });
  });
});

describe('fieldNamesOf', () => {
  it('lists the inputs each attachment kind shows', () => {
    const values = {
      ...emptyTaskForm(),
      attachments: [newAttachmentDraft('file'), newAttachmentDraft('link')],
    };
    const names = fieldNamesOf(values);
    expect(names.has('attachments.0.sizeBytes')).toBe(true);
    expect(names.has('attachments.0.url')).toBe(false);
    expect(names.has('attachments.1.url')).toBe(true);
    expect(names.has('title')).toBe(true);
  });
});
