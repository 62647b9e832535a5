import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type TempRepo, tempRepo } from './helpers/temp-repo.js';

// The CLI on a temporary copy of the repository, one child process per run (as in CI).
const OPENAPI = 'packages/contract/openapi.json';
const TS_TYPES = 'packages/client-ts/src/generated/openapi.ts';
const TS_MODELS = 'packages/client-ts/src/generated/models.ts';
const DART_MODELS = 'packages/dart_client/lib/src/models';

/** Each test gets its own copy, so the tests can run concurrently. */
function inRepo(body: (repo: TempRepo) => Promise<void>) {
  return async () => {
    const repo = await tempRepo();
    try {
      await body(repo);
    } finally {
      await repo.dispose();
    }
  };
}

/** --check fails naming `files` and `elements`, then generate fixes it and --check passes. */
async function expectDriftThenFix(repo: TempRepo, files: string[], elements: string[]) {
  const check = await repo.codegen('--check');
  expect(check.code, check.output).toBe(1);
  for (const file of files) expect(check.stderr).toContain(file);
  for (const element of elements) expect(check.stderr).toContain(element);
  expect(check.stderr).toContain('Fix: run `pnpm codegen`');
  const generate = await repo.codegen();
  expect(generate.code, generate.output).toBe(0);
  const again = await repo.codegen('--check');
  expect(again.code, again.output).toBe(0);
  expect(again.stdout).toMatch(/up to date \(\d+ ms\)/);
}

describe('pnpm codegen --check on a copy of the repo', {
  timeout: 120_000,
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
      await repo.edit('packages/contract/src/models/user.ts', 'displayName:', 'fullName:');
      await expectDriftThenFix(
        repo,
        [OPENAPI, TS_TYPES, `${DART_MODELS}/user.dart`],
        ['model User: field displayName removed', 'model User: field fullName added'],
      );
      expect(await repo.read(`${DART_MODELS}/user.dart`)).toContain('final String fullName;');
      expect(await repo.read(TS_TYPES)).toContain('fullName: string;');
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

  it(
    '(f) a hand edit of a generated TypeScript file is drift',
    inRepo(async (repo) => {
      await repo.edit(
        TS_MODELS,
        "export type Task = components['schemas']['Task'];",
        'export type Task = any;',
      );
      await expectDriftThenFix(
        repo,
        [`${TS_MODELS}: out of date or edited by hand`],
        ['edited, deleted or added by hand'],
      );
    }),
  );

  it(
    '(f) a hand edit of a generated Dart file is drift; a re-indent or re-wrap is not',
    inRepo(async (repo) => {
      const file = `${DART_MODELS}/user.dart`;
      const original = await repo.read(file);
      // What `dart format` with another page width might do: re-indent, join and split lines.
      const reformatted = original
        .split('\n')
        .map((line) => (line.trim() === '' ? line : `  ${line}`))
        .join('\n')
        .replace(/\(\{\n\s*required this\.id,/, '({ required this.id,')
        .replace(/,\n(\s*)\}\);/, '\n$1});');
      expect(reformatted).not.toBe(original);
      await repo.write(file, reformatted);
      const formatted = await repo.codegen('--check');
      expect(formatted.code, formatted.output).toBe(0);

      await repo.write(file, original.replace("'displayName'", "'display_name'"));
      await expectDriftThenFix(
        repo,
        [`${file}: out of date or edited by hand`],
        ['edited, deleted or added by hand'],
      );
      expect(await repo.read(file)).toBe(original);
    }),
  );

  it(
    '(g) a deleted generated Dart file is drift, and generate restores it',
    inRepo(async (repo) => {
      const file = `${DART_MODELS}/task.dart`;
      const original = await repo.read(file);
      await rm(`${repo.root}/${file}`);
      await expectDriftThenFix(repo, [`${file}: missing`], []);
      expect(await repo.read(file)).toBe(original);
    }),
  );

  it(
    '(h) a stray file in the generated Dart folder is drift, and generate removes it',
    inRepo(async (repo) => {
      const stray = `${DART_MODELS}/legacy_task.dart`;
      await repo.write(stray, 'class LegacyTask {}\n');
      await expectDriftThenFix(repo, [`${stray}: stray file`], []);
      expect(repo.exists(stray)).toBe(false);
    }),
  );

  it(
    '(g) a deleted generated file is drift, and generate restores it',
    inRepo(async (repo) => {
      const original = await repo.read(TS_MODELS);
      await rm(`${repo.root}/${TS_MODELS}`);
      await expectDriftThenFix(repo, [`${TS_MODELS}: missing`], []);
      expect(await repo.read(TS_MODELS)).toBe(original);
    }),
  );

  it(
    '(h) a stray file in a generated folder is drift, and generate removes it',
    inRepo(async (repo) => {
      const stray = 'packages/client-ts/src/generated/nested/extra.ts';
      await repo.write(stray, 'export const extra = 1;\n');
      await expectDriftThenFix(repo, [`${stray}: stray file`], []);
      expect(repo.exists(stray)).toBe(false);
      expect(repo.exists('packages/client-ts/src/generated/nested')).toBe(false);
    }),
  );

  it(
    'a hand edit of openapi.json is drift, a re-indent of it is not',
    inRepo(async (repo) => {
      const text = await repo.read(OPENAPI);
      await repo.write(OPENAPI, JSON.stringify(JSON.parse(text), null, 4));
      const reindented = await repo.codegen('--check');
      expect(reindented.code, reindented.output).toBe(0);
      await repo.write(OPENAPI, text.replace('"List users, newest first"', '"List users"'));
      await expectDriftThenFix(
        repo,
        [`${OPENAPI}: out of date`],
        ['route GET /users (listUsers): summary changed'],
      );
    }),
  );
});

describe('pnpm codegen on a broken contract', { timeout: 120_000, concurrent: true }, () => {
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
