import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWatch, type Watcher } from '../../src/watch/watch.js';
import { collectingIo } from '../helpers/collecting-io.js';
import { type TempRepo, tempRepo } from '../helpers/temp-repo.js';

/** Everything the codegen writes, path -> contents. */
async function generated(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const dir of ['packages/dart_client', 'packages/client-ts/src/generated']) {
    for (const entry of await readdir(join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(root.length + 1), await readFile(path, 'utf8'));
    }
  }
  const openapi = 'packages/contract/openapi.json';
  files.set(openapi, await readFile(join(root, openapi), 'utf8'));
  return files;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A watcher on a fresh copy of the repository, its output collected. */
async function watching(options: { recycleHeapMb?: number } = {}) {
  const repo = await tempRepo();
  const { io, output } = collectingIo(repo.root);
  const watcher = await startWatch(io, undefined, options);
  const runs = () => output().split('codegen watch: up to date').length - 1;
  const failures = () => output().split('codegen watch: generation failed').length - 1;
  return { repo, watcher, output, runs, failures };
}

/** The same edits in a second copy, generated there by a fresh `generate` process. */
async function freshGenerate(edits: (repo: TempRepo) => Promise<void>) {
  const repo = await tempRepo();
  try {
    await edits(repo);
    const run = await repo.codegen('generate');
    expect(run.code, run.output).toBe(0);
    return await generated(repo.root);
  } finally {
    await repo.dispose();
  }
}

const USER = 'packages/contract/src/models/user.ts';
const TASK = 'packages/contract/src/models/task.ts';
/**
 * Edits add fields rather than rename them: other models use User's fields by name
 * (`User.shape.displayName`, examples holding `avatarUrl`), so a rename breaks the contract.
 */
const FULL_NAME = 'fullName: z.string().max(100).optional(),\n    displayName:';
const PICTURE_URL = 'pictureUrl: z.string().max(100).optional(),\n    avatarUrl:';
const TASK_VECTORS = 'packages/dart_client/test/vectors/task.json';

async function closeAll(watcher: Watcher, repo: TempRepo) {
  await watcher.close();
  await repo.dispose();
}

describe('pnpm codegen watch', () => {
  it('regenerates in one warm session, debounces bursts and survives a broken save', {
    timeout: 240_000,
  }, async () => {
    const { repo, watcher, output, runs, failures } = await watching();
    try {
      await until(() => runs() === 1, 120_000);
      // The one generation wrote nothing (the copy was up to date); the session was warmed up
      // (rounds in memory: no second summary) before the watch said it was up to date.
      expect(output().match(/codegen: \d+ written/g)).toEqual(['codegen: 0 written']);
      expect(output()).toMatch(/codegen watch: warmed up in [\d.]+ s .*\n.*up to date/);
      // Two saves in quick succession: debounced into one run.
      await repo.edit(USER, 'displayName:', FULL_NAME);
      await repo.edit(USER, 'avatarUrl:', PICTURE_URL);
      await until(() => runs() === 2, 90_000);
      const openapi = await repo.read('packages/contract/openapi.json');
      expect(openapi).toContain('"fullName"');
      expect(openapi).toContain('"pictureUrl"');
      expect(await repo.read('packages/dart_client/lib/src/models/user.dart')).toContain(
        'fullName',
      );
      // A broken save is reported, naming where, and the watcher keeps going.
      await repo.edit(USER, 'fullName:', 'fullName: oops(),');
      await until(() => failures() === 1, 90_000);
      expect(output()).toMatch(/the contract failed to load: [\s\S]*user\.ts:\d+:\d+/);
      expect(runs()).toBe(2);
      // Fixed again: the same session picks it up (nothing was left half-loaded).
      await repo.edit(USER, 'fullName: oops(),', 'fullName:');
      await until(() => runs() === 3, 90_000);
      expect(watcher.sessionsStarted()).toBe(1);
    } finally {
      await closeAll(watcher, repo);
    }
  });

  it('writes the same bytes as a fresh generate after each of several edits in one session', {
    timeout: 480_000,
  }, async () => {
    const { repo, watcher, runs, output } = await watching();
    const edits = [
      (r: TempRepo) => r.edit(USER, 'displayName:', FULL_NAME),
      // A field added, then a model file removed from the barrel's view again: the models
      // of the previous version must not linger (Zod's registry is emptied per run).
      (r: TempRepo) =>
        r.edit(USER, 'avatarUrl:', 'nickname: z.string().max(20).optional(),\n  avatarUrl:'),
      (r: TempRepo) =>
        r.edit(USER, 'nickname: z.string().max(20).optional(),\n  avatarUrl:', 'avatarUrl:'),
      // The session reuses the vector files of models whose definitions did not change
      // (vector-file-memo.ts). Two edits that JSON Schema does not show, each of which changes
      // Task's vectors: a reused stale file fails the comparison. A refinement's source only
      // (metadata's maxProperties stays 50 in the schema)...
      (r: TempRepo) =>
        r.edit(TASK, 'Object.keys(value).length <= 50', 'Object.keys(value).length <= 3'),
      // ...and a model Task refers to, in Zod only: Task's own definition and every JSON
      // Schema are unchanged, but its vectors hold ChecklistItem texts at their maximum.
      (r: TempRepo) =>
        r.edit(
          TASK,
          'text: z.string().min(1).max(500),',
          'text: z.string().min(1).max(500).refine((text) => text.length < 500),',
        ),
    ];
    /** The edits after which Task's vector file must differ from the previous one. */
    const changingTaskVectors = new Set([3, 4]);
    try {
      await until(() => runs() === 1, 120_000);
      let previous = await generated(repo.root);
      for (const [index, edit] of edits.entries()) {
        await edit(repo);
        await until(() => runs() === index + 2, 90_000);
        const expected = await freshGenerate(async (fresh) => {
          for (const earlier of edits.slice(0, index + 1)) await earlier(fresh);
        });
        const actual = await generated(repo.root);
        expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [path, contents] of expected) expect(actual.get(path), path).toBe(contents);
        if (changingTaskVectors.has(index)) {
          // Else the comparison above would not tell a stale memo from a fresh file.
          expect(expected.get(TASK_VECTORS)).not.toBe(previous.get(TASK_VECTORS));
        }
        previous = expected;
      }
      expect(watcher.sessionsStarted()).toBe(1);
    } catch (error) {
      // A run that failed or never ended: what the watcher said is the clue.
      throw new Error(`${(error as Error).message}\nwatch output:\n${output()}`);
    } finally {
      await closeAll(watcher, repo);
    }
  });

  it('skips the warm-up for a save during the first generation, and regenerates it', {
    timeout: 240_000,
  }, async () => {
    const { repo, watcher, runs, output } = await watching();
    try {
      // At once: the first generation (a cold session) takes seconds.
      await repo.edit(USER, 'displayName:', FULL_NAME);
      await until(() => runs() === 2, 180_000);
      expect(output()).not.toContain('codegen watch: warm');
      expect(watcher.sessionsStarted()).toBe(1);
      const expected = await freshGenerate((fresh) => fresh.edit(USER, 'displayName:', FULL_NAME));
      const actual = await generated(repo.root);
      for (const [path, contents] of expected) expect(actual.get(path), path).toBe(contents);
    } catch (error) {
      throw new Error(`${(error as Error).message}\nwatch output:\n${output()}`);
    } finally {
      await closeAll(watcher, repo);
    }
  });

  it('replaces a session whose heap passed the budget, and the next one writes the right bytes', {
    timeout: 240_000,
  }, async () => {
    // A budget every run passes: each run ends its session and starts the next one, which is
    // warmed up (rounds only) before its first generation.
    const { repo, watcher, runs, output } = await watching({ recycleHeapMb: 1 });
    try {
      await until(() => runs() === 1, 120_000);
      expect(watcher.sessionsStarted()).toBe(2);
      expect(output()).toContain('codegen watch: warmed up in');
      await repo.edit(USER, 'displayName:', FULL_NAME);
      await until(() => runs() === 2, 120_000);
      expect(watcher.sessionsStarted()).toBe(3);
      const expected = await freshGenerate((fresh) => fresh.edit(USER, 'displayName:', FULL_NAME));
      const actual = await generated(repo.root);
      for (const [path, contents] of expected) expect(actual.get(path), path).toBe(contents);
    } finally {
      await closeAll(watcher, repo);
    }
  });
});
