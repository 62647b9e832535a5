import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { loadContract } from '../../../src/pipeline/load-contract.js';
import type { GeneratedFile } from '../../../src/pipeline/types.js';
import { dartTarget } from '../../../src/targets/dart/index.js';
import { jsonHelpersSource } from '../../../src/targets/dart/runtime/json-helpers.js';
import { REPO_ROOT } from '../../helpers/temp-repo.js';
import { expectParses, expectTypesResolve } from './fixtures.js';

/**
 * The committed packages/dart_client IS the golden: this regenerates the whole package in
 * memory and compares it file by file. After an intended change, refresh it with
 * `UPDATE_DART_GOLDEN=1 npx vitest run test/targets/dart/golden.test.ts` (or `pnpm codegen`).
 */
const UPDATE = process.env.UPDATE_DART_GOLDEN === '1';

async function generate(): Promise<GeneratedFile[]> {
  const config = await loadConfig(REPO_ROOT);
  const contract = await loadContract(REPO_ROOT, config);
  return dartTarget.generate({ repoRoot: REPO_ROOT, config, contract, parseDart: true });
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(join(REPO_ROOT, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((entry) =>
      entry.isDirectory() ? listFiles(posix.join(dir, entry.name)) : [posix.join(dir, entry.name)],
    ),
  );
  return nested.flat();
}

describe('the generated Dart package of the example contract', () => {
  it('matches the committed packages/dart_client, file by file', async () => {
    const config = await loadConfig(REPO_ROOT);
    const files = await generate();
    const owned = dartTarget.owns(config);
    const committed = (await Promise.all(owned.dirs.map(listFiles))).flat();
    if (UPDATE) {
      for (const stale of committed) {
        if (!files.some((file) => file.path === stale)) await rm(join(REPO_ROOT, stale));
      }
      for (const file of files) {
        await mkdir(dirname(join(REPO_ROOT, file.path)), { recursive: true });
        await writeFile(join(REPO_ROOT, file.path), file.contents);
      }
    }
    for (const file of files) {
      const onDisk = await readFile(join(REPO_ROOT, file.path), 'utf8').catch(() => undefined);
      expect(onDisk, `${file.path} differs from the generator's output`).toBe(file.contents);
    }
    const generated = new Set(files.map((file) => file.path));
    const stale = (UPDATE ? [] : committed).filter((path) => !generated.has(path));
    expect(stale, 'committed files the generator no longer writes').toEqual([]);
  });

  it('has a barrel exporting every model library, the client and the JSON helpers', async () => {
    const config = await loadConfig(REPO_ROOT);
    const files = await generate();
    const barrel = files.find(
      (file) => file.path === `${config.dart.packageDir}/lib/${config.dart.packageName}.dart`,
    );
    const exported = [...(barrel?.contents ?? '').matchAll(/^export '([^']+)'/gm)].map(
      (match) => match[1],
    );
    const libraries = files
      .filter((file) => file.path.includes('/lib/src/models/'))
      .filter((file) => !/^part of /m.test(file.contents))
      .map((file) => posix.relative(`${config.dart.packageDir}/lib`, file.path));
    expect(libraries.length).toBeGreaterThan(10);
    expect(exported).toEqual(
      expect.arrayContaining([
        ...libraries,
        'src/api_client.dart',
        'src/api_exception.dart',
        'src/json_helpers.dart',
      ]),
    );
    expect(exported).not.toContain('src/models/link_attachment.dart');
  });

  it('parses every generated Dart file without errors, every type in scope', async () => {
    const files = await generate();
    const dart = files.filter((file) => file.path.endsWith('.dart'));
    expect(dart.length).toBeGreaterThan(20);
    await expectParses(new Map(dart.map((file) => [file.path, file.contents])));
    const models = dart.filter((file) => file.path.includes('/lib/src/models/'));
    await expectTypesResolve(
      new Map(models.map((file) => [file.path, file.contents])),
      jsonHelpersSource(),
      `${models[0]?.path.split('/lib/')[0]}/lib/src/json_helpers.dart`,
    );
  });
});
