import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Identity } from './names.js';

/** A failure the user can fix; the CLI prints the message without a stack. */
export class InitError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'InitError';
  }
}

export const IDENTITY_FILE = 'tooling/init-template/identity.json';

const git = (root: string, args: string[]) =>
  execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Refuses to touch a tree with uncommitted work, so the rename is one reviewable diff. */
export function assertCleanGitTree(root: string): void {
  let status: string;
  try {
    status = git(root, ['status', '--porcelain', '--untracked-files=normal']);
  } catch {
    throw new InitError(`${root} is not a git working tree; run this inside your clone`);
  }
  const dirty = status.split('\n').filter(Boolean);
  if (dirty.length > 0) {
    const shown = dirty.slice(0, 5).map((line) => `  ${line}`);
    if (dirty.length > 5) shown.push(`  ... and ${dirty.length - 5} more`);
    throw new InitError(
      `the git working tree has uncommitted changes; commit or stash them first so the rename is one reviewable diff:\n${shown.join('\n')}`,
    );
  }
}

/** Every tracked file, relative to the root. */
export const trackedFiles = (root: string) =>
  git(root, ['ls-files', '-z']).split('\0').filter(Boolean);

async function readJson(root: string, file: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(join(root, file), 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new InitError(`cannot read ${file}: ${(error as Error).message}`);
  }
}

/**
 * The names the tree carries now. Each is read from the one file that owns it: the npm scope
 * from the root package name, the Dart package from codegen.config.json, the project name from
 * identity.json (rewritten by every run, so a second init starts from the right names).
 */
export async function currentIdentity(root: string): Promise<Identity> {
  const rootName = (await readJson(root, 'package.json')).name;
  const scope = typeof rootName === 'string' ? /^(@[^/]+)\//.exec(rootName)?.[1] : undefined;
  if (!scope)
    throw new InitError('package.json: the root package name must be scoped, e.g. "@acme/root"');
  const dart = (await readJson(root, 'codegen.config.json')).dart as { packageName?: unknown };
  if (typeof dart?.packageName !== 'string') {
    throw new InitError('codegen.config.json: dart.packageName is missing');
  }
  const projectName = (await readJson(root, IDENTITY_FILE)).projectName;
  if (typeof projectName !== 'string')
    throw new InitError(`${IDENTITY_FILE}: projectName is missing`);
  return { scope, dartPackage: dart.packageName, projectName };
}

/** The root scripts, to find out how this tree runs codegen. */
export async function rootScripts(root: string): Promise<Record<string, string>> {
  return ((await readJson(root, 'package.json')).scripts ?? {}) as Record<string, string>;
}
