import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFileSet } from '../../src/pipeline/file-set.js';
import { recoverInterruptedWrite, STAGING_DIR } from '../../src/write/journal.js';
import { listOwnedFiles } from '../../src/write/owned-files.js';
import { writeFileSet } from '../../src/write/write-file-set.js';

// A write stopped between any two of its steps (as by SIGKILL) must settle, on the next run,
// to exactly the old generation or exactly the new one, across all the trees it touches.

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'codegen-interrupt-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

// Three trees, like openapi.json + the TS client + the Dart package.
const owned = [
  { dirs: [], files: ['contract/openapi.json'] },
  { dirs: ['client/generated'], files: [] },
  { dirs: ['dart/lib'], files: ['dart/pubspec.yaml'] },
];
const OLD: Record<string, string> = {
  'contract/openapi.json': '{"v":1}\n',
  'client/generated/types.ts': 'old types\n',
  'client/generated/same.ts': 'same\n',
  'dart/lib/models/task.dart': 'old task\n',
  'dart/lib/models/gone.dart': 'stale in the new generation\n',
  'dart/pubspec.yaml': 'version: 1\n',
};
const NEW: Record<string, string> = {
  'contract/openapi.json': '{"v":2}\n',
  'client/generated/types.ts': 'new types\n',
  'client/generated/same.ts': 'same\n',
  'dart/lib/models/task.dart': 'new task\n',
  'dart/lib/models/added/extra.dart': 'added\n',
  'dart/pubspec.yaml': 'version: 2\n',
};
const newSet = () => toFileSet(Object.entries(NEW).map(([path, contents]) => ({ path, contents })));

async function putAll(files: Record<string, string>) {
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), contents);
  }
}

async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const path of await listOwnedFiles(root, owned)) {
    files[path] = await readFile(join(root, path), 'utf8');
  }
  return files;
}

const canonical = (files: Record<string, string>) => JSON.stringify(Object.entries(files).sort());
const generationOf = (files: Record<string, string>) =>
  canonical(files) === canonical(OLD)
    ? 'old'
    : canonical(files) === canonical(NEW)
      ? 'new'
      : 'mixed';

/** Every step name of an uninterrupted write, in order. */
async function allSteps() {
  await putAll(OLD);
  const steps: string[] = [];
  await writeFileSet(root, newSet(), owned, { onStep: (step) => void steps.push(step) });
  expect(generationOf(await snapshot())).toBe('new');
  await rm(root, { recursive: true, force: true });
  await mkdir(root);
  return steps;
}

describe('a write stopped between any two steps', () => {
  it('settles to the old or the new generation, never a mix, and leaves no stage', async () => {
    const steps = await allSteps();
    expect(steps).toContain('committed');
    const committedAt = steps.indexOf('committed');
    for (const [index, step] of steps.entries()) {
      await rm(root, { recursive: true, force: true });
      await mkdir(root);
      await putAll(OLD);
      await putAll({ 'outside.txt': 'hand-written\n' });
      // Stop the writer for good at this step: it never resumes, like a killed process.
      let stopped!: () => void;
      const reached = new Promise<void>((resolve) => {
        stopped = resolve;
      });
      void writeFileSet(root, newSet(), owned, {
        onStep: (name) => {
          if (name !== step) return;
          stopped();
          return new Promise<never>(() => {});
        },
      });
      await reached;

      const before = generationOf(await snapshot());
      const journal = existsSync(join(root, STAGING_DIR, 'journal.json'));
      // Unsettled only with a committed journal that says so.
      if (before === 'mixed') expect(journal, `mixed without a journal after ${step}`).toBe(true);

      const recovery = await recoverInterruptedWrite(root);
      const after = generationOf(await snapshot());
      expect(after, `after ${step}`).toBe(index < committedAt ? 'old' : 'new');
      const stageOnly = index < committedAt || step === 'journal deleted';
      expect(recovery).toBe(stageOnly ? 'discarded stage' : 'rolled forward');
      expect(existsSync(join(root, STAGING_DIR)), `stage left after ${step}`).toBe(false);
      expect(await readFile(join(root, 'outside.txt'), 'utf8')).toBe('hand-written\n');

      // The next real run settles first, then finds nothing left to do.
      const summary = await writeFileSet(root, newSet(), owned);
      expect(generationOf(await snapshot())).toBe('new');
      if (after === 'new') expect(summary).toMatchObject({ written: [], removed: [] });
    }
  });

  it('a replayed journal is idempotent: recovering twice changes nothing more', async () => {
    await putAll(OLD);
    const steps = await allSteps();
    await putAll(OLD);
    const middle = steps.find((step) => step.startsWith('renamed ')) as string;
    void writeFileSet(root, newSet(), owned, {
      onStep: (name) => (name === middle ? new Promise<never>(() => {}) : undefined),
    });
    for (let i = 0; i < 100 && !existsSync(join(root, STAGING_DIR, 'journal.json')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await recoverInterruptedWrite(root)).toBe('rolled forward');
    expect(await recoverInterruptedWrite(root)).toBe('clean');
    expect(generationOf(await snapshot())).toBe('new');
  });

  it('a write that only removes stale files goes through the journal too', async () => {
    await putAll(NEW);
    await putAll({ 'client/generated/stray.ts': 'stray\n' });
    const steps: string[] = [];
    const summary = await writeFileSet(root, newSet(), owned, {
      onStep: (step) => void steps.push(step),
    });
    expect(summary).toMatchObject({ written: [], removed: ['client/generated/stray.ts'] });
    expect(steps).toEqual(['committed', 'removed client/generated/stray.ts', 'journal deleted']);
    expect(generationOf(await snapshot())).toBe('new');
    expect(existsSync(join(root, STAGING_DIR))).toBe(false);
  });
});
