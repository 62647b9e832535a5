import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliCommand } from '../../src/pipeline/types.js';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = join(here, '..', '..', '..', '..');
const TSX = join(
  dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
  'dist',
  'cli.mjs',
);
const HARNESS = join(here, 'run-command.ts');

/** Runs a command in this process, capturing what it prints (only for runs that load no contract). */
export async function runInProcess(
  command: CliCommand,
  repoRoot: string,
  argv: string[],
): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, {
    repoRoot,
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * A copy of the example contract and the codegen config (snapshots and acknowledgements left
 * out, and so no minimum supported version), node_modules linked to the installed ones. Commands run in a child process each, as
 * the CLI does, so every run imports its contract into a fresh Zod registry.
 */
export async function tempRepo() {
  const root = await mkdtemp(join(tmpdir(), 'breaking-e2e-'));
  const contract = 'packages/contract';
  await mkdir(join(root, contract), { recursive: true });
  for (const path of [
    'codegen.config.json',
    `${contract}/package.json`,
    `${contract}/tsconfig.json`,
    `${contract}/src`,
  ]) {
    await cp(join(REPO_ROOT, path), join(root, path), { recursive: true });
  }
  // Without the repository's snapshots, its minimum supported version names none of them.
  const config = JSON.parse(await readFile(join(root, 'codegen.config.json'), 'utf8'));
  config.breaking.minimumSupportedVersion = null;
  await writeFile(join(root, 'codegen.config.json'), JSON.stringify(config, null, 2));
  await symlink(
    join(REPO_ROOT, contract, 'node_modules'),
    join(root, contract, 'node_modules'),
    'dir',
  );
  return {
    root,
    read: (path: string) => readFile(join(root, path), 'utf8'),
    write: async (path: string, text: string) => {
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
    },
    async edit(path: string, search: RegExp, replacement: string) {
      const text = await readFile(join(root, path), 'utf8');
      if (!search.test(text))
        throw new Error(`${path} no longer matches ${search}: update the e2e test`);
      await writeFile(join(root, path), text.replace(search, replacement));
    },
    run: (args: string[], env: Record<string, string> = {}) =>
      new Promise<Run>((resolve) => {
        execFile(
          process.execPath,
          [TSX, HARNESS, root, ...args],
          { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
          (error, stdout, stderr) => {
            const code = error ? ((error as { code?: number }).code ?? 1) : 0;
            resolve({ code: typeof code === 'number' ? code : 1, stdout, stderr });
          },
        );
      }),
    git: (...args: string[]) =>
      new Promise<string>((resolve, reject) => {
        execFile('git', ['-C', root, ...args], (error, stdout) =>
          error ? reject(error) : resolve(stdout),
        );
      }),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
