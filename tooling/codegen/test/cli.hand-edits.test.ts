import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectDriftThenFix, repoRunner } from './helpers/drift.js';
import { REPO_ROOT } from './helpers/temp-repo.js';

// Hand edits of generated files, on a temporary copy of the repository. The contract is the
// unchanged one, so the CLI runs in-process (its main(), as the entry point calls it): fast,
// and sound because re-importing an identical contract re-registers identical models.
const inRepo = repoRunner({ inProcess: true });
const OPENAPI = 'packages/contract/openapi.json';
const TS_TYPES = 'packages/client-ts/src/generated/openapi.ts';
const TS_MODELS = 'packages/client-ts/src/generated/models.ts';
const DART_MODELS = 'packages/dart_client/lib/src/models';

describe('pnpm codegen --check after hand edits', { timeout: 120_000, concurrent: true }, () => {
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
    '(g) a deleted generated file is drift, and generate restores it',
    inRepo(async (repo) => {
      const original = await repo.read(TS_MODELS);
      await rm(`${repo.root}/${TS_MODELS}`);
      await expectDriftThenFix(repo, [`${TS_MODELS}: missing`], []);
      expect(await repo.read(TS_MODELS)).toBe(original);
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
    '(h) a stray file in the generated Dart folder is drift, and generate removes it',
    inRepo(async (repo) => {
      const stray = `${DART_MODELS}/legacy_task.dart`;
      await repo.write(stray, 'class LegacyTask {}\n');
      await expectDriftThenFix(repo, [`${stray}: stray file`], []);
      expect(repo.exists(stray)).toBe(false);
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

  it(
    'a Biome run over the generated TypeScript is not drift',
    inRepo(async (repo) => {
      const before = await repo.read(TS_TYPES);
      const biome = spawnSync(
        join(REPO_ROOT, 'node_modules/.bin/biome'),
        [
          'format',
          '--write',
          '--javascript-formatter-quote-style=single',
          '--line-width=60',
          'packages/client-ts/src/generated',
        ],
        { cwd: repo.root, encoding: 'utf8' },
      );
      expect(biome.status, biome.stderr).toBe(0);
      expect(await repo.read(TS_TYPES)).not.toBe(before);
      const run = await repo.codegen('--check');
      expect(run.code, run.output).toBe(0);
    }),
  );
});
