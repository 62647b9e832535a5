import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readlink, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

/** The repository these tests run in. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/**
 * A throwaway clone of this repository: every file git would commit (tracked or not ignored),
 * node_modules linked to the installed originals, and a fresh git history with one commit.
 *
 * Workspace links (`node_modules/@scope/pkg -> ../../packages/pkg`) are recreated as relative
 * links so they resolve to the copy's own packages, and duplicated under each of `extraScopes`:
 * that is what `pnpm install` would produce after a scope rename, without its cost.
 */
export async function copyRepo(extraScopes: readonly string[] = []): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'init-template-'));
  const files = git(REPO_ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard')
    .split('\0')
    .filter((file) => file && existsSync(join(REPO_ROOT, file)));
  for (const file of files) {
    await mkdir(dirname(join(copy, file)), { recursive: true });
    await cp(join(REPO_ROOT, file), join(copy, file), { preserveTimestamps: true });
  }
  const packageDirs = new Set([
    '.',
    ...files.filter((f) => f.endsWith('package.json')).map(dirname),
  ]);
  for (const dir of packageDirs) {
    const modules = join(REPO_ROOT, dir, 'node_modules');
    if (existsSync(modules))
      await linkModules(modules, join(copy, dir, 'node_modules'), extraScopes);
  }
  git(copy, 'init', '-q', '-b', 'main');
  commitAll(copy, 'clone');
  return copy;
}

/** Stages and commits everything in a test repository, as a throwaway identity. */
export function commitAll(cwd: string, message: string): void {
  git(cwd, 'add', '-A');
  git(
    cwd,
    '-c',
    'user.name=test',
    '-c',
    'user.email=test@example.com',
    'commit',
    '-q',
    '-m',
    message,
  );
}

const insideRepo = (target: string) => {
  const path = relative(REPO_ROOT, target);
  return !path.startsWith('..') && !path.split('/').includes('node_modules');
};

async function linkModules(source: string, target: string, extraScopes: readonly string[]) {
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(source)) {
    const from = join(source, entry);
    if (entry.startsWith('@') && lstatSync(from).isDirectory()) {
      const children = await readdir(from);
      const workspace = await Promise.all(
        children.map(async (child) => {
          const link = join(from, child);
          if (!lstatSync(link).isSymbolicLink()) return false;
          return insideRepo(resolve(from, await readlink(link)));
        }),
      );
      const scopes = workspace.some(Boolean) ? [entry, ...extraScopes] : [entry];
      for (const scope of scopes) {
        await mkdir(join(target, scope), { recursive: true });
        for (const [index, child] of children.entries()) {
          const link = join(from, child);
          const to = workspace[index] ? await readlink(link) : link;
          await symlink(to, join(target, scope, child));
        }
      }
      continue;
    }
    await symlink(from, join(target, entry));
  }
}
