import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toFileSet } from '../../src/pipeline/file-set.js';
import { writeFileSet } from '../../src/write/write-file-set.js';

let root: string;
const owned = [{ dirs: ['gen'], files: ['api.json'] }];
const read = (path: string) => readFile(join(root, path), 'utf8');
const put = async (path: string, text: string) => {
  await mkdir(join(root, path, '..'), { recursive: true });
  await writeFile(join(root, path), text);
};

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'codegen-write-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('writeFileSet', () => {
  it('writes new files, leaves unchanged ones untouched, removes stale ones and empty folders', async () => {
    await put('gen/same.ts', 'same\n');
    await put('gen/old/stale.ts', 'stale\n');
    await put('gen/.dart_tool/state', 'tool state\n');
    await put('outside.ts', 'hand-written\n');
    const before = (await stat(join(root, 'gen/same.ts'))).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));

    const summary = await writeFileSet(
      root,
      toFileSet([
        { path: 'gen/same.ts', contents: 'same\n' },
        { path: 'gen/new/a.ts', contents: 'a\n' },
        { path: 'api.json', contents: '{}\n' },
      ]),
      owned,
    );

    expect(summary).toEqual({
      written: ['api.json', 'gen/new/a.ts'],
      unchanged: 1,
      removed: ['gen/old/stale.ts'],
    });
    expect(await read('gen/new/a.ts')).toBe('a\n');
    expect(await read('api.json')).toBe('{}\n');
    expect((await stat(join(root, 'gen/same.ts'))).mtimeMs).toBe(before);
    expect(await readdir(join(root, 'gen'))).toEqual(['.dart_tool', 'new', 'same.ts']);
    expect(await read('outside.ts')).toBe('hand-written\n');
  });

  it('changes nothing when one file cannot be written, and leaves no temp files', async () => {
    await put('gen/a.ts', 'old a\n');
    await put('gen/blocker', 'a file where a folder is needed\n');
    await expect(
      writeFileSet(
        root,
        toFileSet([
          { path: 'gen/a.ts', contents: 'new a\n' },
          { path: 'gen/blocker/b.ts', contents: 'b\n' },
        ]),
        owned,
      ),
    ).rejects.toThrow();
    expect(await read('gen/a.ts')).toBe('old a\n');
    expect((await readdir(join(root, 'gen'))).sort()).toEqual(['a.ts', 'blocker']);
  });
});
