import { describe, expect, it } from 'vitest';
import { expectDriftThenFix, repoRunner } from './helpers/drift.js';

// Contract changes, on a temporary copy of the repository: every run of the CLI is a child
// process, as in CI, so each one imports the edited contract afresh.
const inRepo = repoRunner({ inProcess: false });
const OPENAPI = 'packages/contract/openapi.json';
const TS_TYPES = 'packages/client-ts/src/generated/openapi.ts';
const DART_MODELS = 'packages/dart_client/lib/src/models';

describe('pnpm codegen --check after a contract change', {
  timeout: 180_000,
  concurrent: true,
}, () => {
  it(
    'passes on the committed output, printing one line with its time',
    inRepo(async (repo) => {
      const run = await repo.codegen('--check');
      expect(run.code, run.output).toBe(0);
      expect(run.stdout.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toBe('');
    }),
  );

  it(
    '(a) a renamed field is drift naming the model and both field names',
    inRepo(async (repo) => {
      // A field no other model uses by name (User's are: `User.shape.displayName`, examples).
      await repo.edit('packages/contract/src/models/project.ts', 'ownerId: Id,', 'leadId: Id,');
      await expectDriftThenFix(
        repo,
        [OPENAPI, TS_TYPES, `${DART_MODELS}/project.dart`],
        ['model Project: field ownerId removed', 'model Project: field leadId added'],
      );
      expect(await repo.read(`${DART_MODELS}/project.dart`)).toContain('final String leadId;');
      expect(await repo.read(TS_TYPES)).toContain('leadId: string;');
    }),
  );

  it(
    '(b) a new enum value is drift naming the enum and the value',
    inRepo(async (repo) => {
      await repo.edit(
        'packages/contract/src/models/task-status.ts',
        "'done'",
        "'done', 'archived'",
      );
      await expectDriftThenFix(
        repo,
        [OPENAPI, TS_TYPES, `${DART_MODELS}/task_status.dart`],
        ['model TaskStatus: enum value "archived" added'],
      );
    }),
  );

  it(
    '(c) a field made nullable is drift naming the field',
    inRepo(async (repo) => {
      await repo.edit(
        'packages/contract/src/models/health.ts',
        'version: z.string().max(64),',
        'version: z.string().max(64).nullable(),',
      );
      await expectDriftThenFix(
        repo,
        [OPENAPI, TS_TYPES, `${DART_MODELS}/health.dart`],
        ['model Health: field version changed'],
      );
      expect(await repo.read(TS_TYPES)).toContain('version: string | null;');
      expect(await repo.read(`${DART_MODELS}/health.dart`)).toContain('final String? version;');
    }),
  );

  it(
    '(d) an int turned into a number is drift naming the field',
    inRepo(async (repo) => {
      await repo.edit(
        'packages/contract/src/models/attachment.ts',
        'width: z.number().int()',
        'width: z.number()',
      );
      await expectDriftThenFix(
        repo,
        [OPENAPI, `${DART_MODELS}/image_attachment.dart`],
        ['model ImageAttachment: field width changed'],
      );
    }),
  );

  it(
    '(e) a new route is drift naming the route',
    inRepo(async (repo) => {
      await repo.edit(
        'packages/contract/src/routes.ts',
        '  deleteTask: defineRoute({',
        `  deleteProject: defineRoute({
    method: 'DELETE',
    path: '/projects/{projectId}',
    summary: 'Delete a project',
    tag: 'projects',
    params: byId('projectId'),
    response: null,
    successStatus: 204,
    errors: ['NOT_FOUND'],
  }),
  deleteTask: defineRoute({`,
      );
      await expectDriftThenFix(
        repo,
        [
          OPENAPI,
          TS_TYPES,
          'packages/client-ts/src/generated/operations.ts',
          'packages/dart_client/lib/src/api_client.dart',
        ],
        ['route DELETE /projects/{projectId} (deleteProject): added'],
      );
    }),
  );
});

describe('pnpm codegen on a broken contract', { timeout: 180_000, concurrent: true }, () => {
  it(
    'writes nothing, exits 1 and names where the contract threw',
    inRepo(async (repo) => {
      await repo.edit(
        'packages/contract/src/routes.ts',
        'export const routes = {',
        'export const routes = {\n  ...(() => { throw new Error("route table is broken"); })(),',
      );
      await repo.edit('packages/contract/src/models/user.ts', 'displayName:', 'fullName:');
      const before = await repo.read(TS_TYPES);
      const run = await repo.codegen();
      expect(run.code, run.output).toBe(1);
      expect(run.stderr).toContain('route table is broken');
      expect(run.stderr).toMatch(/at packages\/contract\/src\/routes\.ts:\d+:\d+/);
      expect(await repo.read(TS_TYPES)).toBe(before);
    }),
  );

  it(
    'names the model and field of a construct JSON cannot carry',
    inRepo(async (repo) => {
      await repo.edit(
        'packages/contract/src/models/user.ts',
        'createdAt: Timestamp,',
        'createdAt: z.date(),',
      );
      const before = await repo.read(OPENAPI);
      const run = await repo.codegen();
      expect(run.code, run.output).toBe(1);
      expect(run.stderr).toContain('model User, field createdAt: Date cannot be represented');
      expect(await repo.read(OPENAPI)).toBe(before);
    }),
  );
});
