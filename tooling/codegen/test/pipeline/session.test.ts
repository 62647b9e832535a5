import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GeneratorSession } from '../../src/pipeline/session/index.js';
import { collectingIo } from '../helpers/collecting-io.js';
import { tempRepo } from '../helpers/temp-repo.js';

/** Every file of the copy (its linked node_modules aside): path -> modification time, contents. */
async function snapshot(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const { mtimeMs } = await stat(path);
    files.set(path.slice(root.length + 1), `${mtimeMs} ${await readFile(path, 'utf8')}`);
  }
  return files;
}

const OPENAPI = 'packages/contract/openapi.json';
const USER_DART = 'packages/dart_client/lib/src/models/user.dart';
const USER = 'packages/contract/src/models/user.ts';

describe('GeneratorSession.warm', () => {
  it('generates in memory only: writes and prints nothing, and a generate after it writes the right bytes', {
    timeout: 180_000,
  }, async () => {
    const repo = await tempRepo();
    const session = new GeneratorSession();
    const { io, output } = collectingIo(repo.root);
    try {
      const [openapi, userDart] = [await repo.read(OPENAPI), await repo.read(USER_DART)];
      // Out of date on disk: a round that wrote would bring them back.
      await repo.write(OPENAPI, '{}\n');
      await rm(join(repo.root, USER_DART));
      const before = await snapshot(repo.root);
      for (let round = 0; round < 2; round++) {
        const { code, ms } = await session.warm(io);
        expect(code, output()).toBe(0);
        expect(ms).toBeGreaterThan(0);
      }
      // A contract that does not load: the round says so by its code only.
      await repo.edit(USER, 'displayName:', 'displayName: oops(),\n    old:');
      expect((await session.warm(io)).code).toBe(1);
      await repo.edit(USER, 'displayName: oops(),\n    old:', 'displayName:');
      expect(output()).toBe('');
      const after = await snapshot(repo.root);
      // The contract file itself was edited above (and restored).
      after.set(USER, before.get(USER) as string);
      expect(after).toEqual(before);
      // The same session, warmed, then generates as a fresh run would.
      expect((await session.generate(io)).code, output()).toBe(0);
      expect(await repo.read(OPENAPI)).toBe(openapi);
      expect(await repo.read(USER_DART)).toBe(userDart);
    } finally {
      await session.close();
      await repo.dispose();
    }
  });
});
