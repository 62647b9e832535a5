import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentIdentity } from '../src/repo.js';
import { commitAll, copyRepo, git } from './repo-copy.js';

const target = { scope: '@e2eco', projectName: 'e2e-board', dartPackage: 'e2e_board_api' };
const flags = [
  '--scope',
  target.scope,
  '--name',
  target.projectName,
  '--dart-package',
  target.dartPackage,
];

const runInit = (root: string, args: string[]) =>
  spawnSync(
    process.execPath,
    [join(root, 'tooling/init-template/bin/init-template.mjs'), ...args, '--no-install'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );

/** `pnpm codegen ...` once the root script exists; the CLI's bin until then. */
const runCodegen = async (root: string, args: string[]) => {
  const scripts = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).scripts ?? {};
  return scripts.codegen
    ? spawnSync('pnpm', ['codegen', ...args], { cwd: root, encoding: 'utf8' })
    : spawnSync(process.execPath, [join(root, 'tooling/codegen/bin/codegen.mjs'), ...args], {
        cwd: root,
        encoding: 'utf8',
      });
};

/** Every file git would commit now (moved files under their new path), with its text. */
const trackedText = async (root: string) => {
  const files = git(root, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    .split('\0')
    .filter((file) => file && existsSync(join(root, file)));
  return Promise.all(
    files.map(async (file) => ({ file, text: await readFile(join(root, file), 'utf8') })),
  );
};

describe('init-template on a copy of this repository', { timeout: 180_000 }, () => {
  let root: string;
  let before: Awaited<ReturnType<typeof currentIdentity>>;

  beforeAll(async () => {
    root = await copyRepo([target.scope]);
    before = await currentIdentity(root);
  }, 180_000);
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it('refuses invalid names with an error naming each flag, changing nothing', () => {
    const result = runInit(root, ['--scope', 'MyCo', '--name', 'x', '--dart-package', 'class']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--scope: "MyCo" must start with "@"');
    expect(result.stderr).toContain('--dart-package: "class" is a reserved word in Dart');
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('refuses a dirty tree, changing nothing', async () => {
    await writeFile(join(root, 'scratch.txt'), 'work in progress\n');
    const result = runInit(root, flags);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('uncommitted changes');
    expect(result.stderr).toContain('scratch.txt');
    expect(git(root, 'status', '--porcelain')).toBe('?? scratch.txt\n');
    await rm(join(root, 'scratch.txt'));
  });

  it('renames the scope, the project name and the Dart package everywhere', async () => {
    expect(before).not.toEqual(target);
    const result = runInit(root, flags);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(await currentIdentity(root)).toEqual(target);

    const oldScope = new RegExp(`(?<![\\w@./-])${before.scope}/`);
    const oldDart = new RegExp(`(?<![A-Za-z0-9_])${before.dartPackage}(?![A-Za-z0-9_])`);
    const oldName = new RegExp(`(?<![A-Za-z0-9])${before.projectName}(?![A-Za-z0-9])`, 'i');
    for (const { file, text } of await trackedText(root)) {
      expect.soft(oldScope.exec(text)?.[0], `${file} still has the old scope`).toBeUndefined();
      expect
        .soft(oldDart.exec(text)?.[0], `${file} still has the old Dart package`)
        .toBeUndefined();
      expect
        .soft(oldName.exec(text)?.[0], `${file} still has the old project name`)
        .toBeUndefined();
      expect.soft(file).not.toContain(before.dartPackage);
    }

    const api = JSON.parse(await readFile(join(root, 'apps/api/package.json'), 'utf8'));
    expect(api.name).toBe('@e2eco/api');
    const config = JSON.parse(await readFile(join(root, 'codegen.config.json'), 'utf8'));
    expect(config.dart.packageName).toBe('e2e_board_api');
    if (existsSync(join(root, 'apps/mobile/pubspec.yaml'))) {
      const pubspec = await readFile(join(root, 'apps/mobile/pubspec.yaml'), 'utf8');
      expect(pubspec).toMatch(/^name: e2e_board_mobile$/m);
      expect(pubspec).toMatch(/^ {2}e2e_board_api:\n {4}path: \.\.\/\.\.\/packages\/dart_client$/m);
    }
    // Only hand-written files the rename touched: generated output is codegen's business.
    const generated = [config.openapi.output, config.typescript.outDir, config.dart.packageDir];
    const changed = git(root, 'diff', '--name-only', 'HEAD')
      .split('\n')
      .filter((file) => /\.(?:[cm]?[jt]sx?|jsonc?)$/.test(file))
      .filter(
        (file) => !generated.some((output) => file === output || file.startsWith(`${output}/`)),
      );
    expect(changed).toContain('apps/api/package.json');
    const biome = spawnSync(
      join(root, 'node_modules/.bin/biome'),
      ['check', '--linter-enabled=false', ...changed],
      { cwd: root, encoding: 'utf8' },
    );
    expect(biome.status, biome.stdout + biome.stderr).toBe(0);
  });

  it.runIf(existsSync(join(import.meta.dirname, '../../codegen/src/cli.ts')))(
    'leaves generated files in sync with the contract (codegen --check)',
    async () => {
      const check = await runCodegen(root, ['--check']);
      expect(check.status, check.stdout + check.stderr).toBe(0);
    },
  );

  it('is idempotent: a second run with the same names changes nothing', () => {
    commitAll(root, 'init');
    const result = runInit(root, flags);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Nothing to change');
    expect(git(root, 'status', '--porcelain')).toBe('');
  });
});
