import type { Attachment, ChecklistItem, TaskStatus } from '@acme/contract';
import { sql } from 'drizzle-orm';
import { hashPassword } from '../auth/password.js';
import type { Db } from './database.js';
import { projects, tasks, users } from './schema.js';

/**
 * The account a new user logs in with (README): it owns the "Mobile app" project and its
 * tasks; "Web dashboard" belongs to Grace, whose account cannot log in, so the demo shows that
 * a user sees only their own work.
 */
export const DEMO_ACCOUNT = { email: 'demo@example.com', password: 'tether-demo' } as const;

/** True when no user exists yet: a fresh database the seed may fill. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ count: sql<number>`count(*)::int` }).from(users);
  return (row?.count ?? 0) === 0;
}

const statuses: TaskStatus[] = ['todo', 'in_progress', 'blocked', 'done'];

const sampleAttachments: Attachment[][] = [
  [{ kind: 'link', url: 'https://example.com/spec', title: 'Specification' }],
  [
    {
      kind: 'file',
      fileName: 'budget.xlsx',
      mimeType: 'application/vnd.ms-excel',
      sizeBytes: 48_213,
    },
  ],
  [
    {
      kind: 'image',
      url: 'https://example.com/mockup.png',
      width: 1280,
      height: 800,
      altText: 'Mockup',
    },
  ],
  [
    { kind: 'link', url: 'https://example.com/board' },
    { kind: 'file', fileName: 'notes.txt', mimeType: 'text/plain', sizeBytes: 512 },
    { kind: 'image', url: 'https://example.com/photo.jpg', width: 640, height: 480, altText: '' },
  ],
  [],
];

const sampleChecklist: ChecklistItem[] = [
  {
    text: 'Draft',
    done: true,
    children: [{ text: 'Outline', done: true, children: [] }],
  },
  { text: 'Review', done: false, children: [] },
];

const taskTitles = [
  'Set up the repository',
  'Write the API contract',
  'Generate the Dart client',
  'Design the task board',
  'Add cursor pagination',
  'Wire the tRPC client',
  'Document the error codes',
  'Plan the release',
  'Test on a real device',
  'Review accessibility',
  'Add dark mode',
  'Measure API latency',
  'Write onboarding notes',
  'Triage open issues',
];

/**
 * Example data so a new user sees a populated board at once: the demo account, users, projects and tasks with
 * every attachment kind, nested checklists, tags, metadata, due dates and all statuses. The
 * rows are dated in the past, one minute apart, so anything created later lists first.
 */
export async function seedDatabase(db: Db, now = new Date()): Promise<{ tasks: number }> {
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
  const demoPasswordHash = await hashPassword(DEMO_ACCOUNT.password);
  return db.transaction(async (tx) => {
    const [demo] = await tx
      .insert(users)
      .values({
        email: DEMO_ACCOUNT.email,
        displayName: 'Demo User',
        passwordHash: demoPasswordHash,
        createdAt: minutesAgo(301),
      })
      .returning();
    const people = await tx
      .insert(users)
      .values([
        { email: 'ada@example.com', displayName: 'Ada Lovelace', createdAt: minutesAgo(300) },
        {
          email: 'grace@example.com',
          displayName: 'Grace Hopper',
          avatarUrl: 'https://example.com/avatars/grace.png',
          createdAt: minutesAgo(299),
        },
        { email: 'linus@example.com', displayName: 'Linus Torvalds', createdAt: minutesAgo(298) },
      ])
      .returning();
    const [ada, grace, linus] = people as [
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
    ];
    const boards = await tx
      .insert(projects)
      .values([
        {
          name: 'Mobile app',
          description: 'The Flutter app on the generated Dart client',
          ownerId: (demo as (typeof people)[0]).id,
          settings: { defaultStatus: 'todo', color: '#3b82f6', archived: false },
          createdAt: minutesAgo(290),
        },
        {
          name: 'Web dashboard',
          ownerId: grace.id,
          settings: { defaultStatus: 'in_progress', color: '#10b981', archived: false },
          createdAt: minutesAgo(289),
        },
      ])
      .returning();
    const assignees = [ada.id, grace.id, linus.id, null];
    // Tasks alternate between the projects; each project gets every status.
    const statusOf = (i: number) => statuses[Math.floor(i / 2) % statuses.length] as TaskStatus;
    const rows = Array.from({ length: 28 }, (_, i): typeof tasks.$inferInsert => ({
      projectId: (boards[i % boards.length] as (typeof boards)[0]).id,
      title: `${taskTitles[i % taskTitles.length]}${i >= taskTitles.length ? ' (follow-up)' : ''}`,
      description: i % 3 === 0 ? '' : `Details of step ${i + 1}.`,
      status: statusOf(i),
      priority: i % 5,
      estimateHours: (i % 4) * 1.5,
      dueAt: i % 2 === 0 ? minutesAgo(-60 * 24 * (i + 1)) : null,
      assigneeId: assignees[i % assignees.length] ?? null,
      tags: i % 2 === 0 ? ['seed', statusOf(i)] : [],
      metadata: i % 3 === 0 ? { source: 'seed', sprint: String(1 + (i % 4)) } : {},
      attachments: sampleAttachments[i % sampleAttachments.length] ?? [],
      checklist: i % 4 === 0 ? sampleChecklist : [],
      createdAt: minutesAgo(200 - i),
      updatedAt: minutesAgo(200 - i),
    }));
    await tx.insert(tasks).values(rows);
    return { tasks: rows.length };
  });
}
