import { execFile } from 'node:child_process';
import { access, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CONFIG_FILE, CodegenConfig } from '../config.js';
import { CodegenError } from '../errors.js';
import { parseSnapshot } from './snapshot-files.js';
import type { ContractSnapshot } from './snapshot-format.js';

const run = promisify(execFile);
const MAX_OUTPUT = 256 * 1024 * 1024;

async function git(repoRoot: string, args: string[]): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['-C', repoRoot, ...args], { maxBuffer: MAX_OUTPUT });
    return stdout;
  } catch {
    return undefined;
  }
}

const exists = async (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/** The contract's configuration as of `commit` (its codegen.config.json, else the current one). */
async function configAt(repoRoot: string, commit: string, fallback: CodegenConfig) {
  const text = await git(repoRoot, ['show', `${commit}:${CONFIG_FILE}`]);
  if (text === undefined) return { config: fallback, text: JSON.stringify(fallback) };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const parsed = CodegenConfig.safeParse(raw);
  if (!parsed.success) {
    throw new CodegenError(`${CONFIG_FILE} at ${commit.slice(0, 12)} is not valid`, {
      exitCode: 2,
    });
  }
  return { config: parsed.data, text };
}

/** The directory of the package holding the contract entry: its nearest package.json. */
async function packageDirAt(repoRoot: string, commit: string, entry: string) {
  for (let dir = dirname(entry); dir !== '.' && dir !== ''; dir = dirname(dir)) {
    if ((await git(repoRoot, ['cat-file', '-e', `${commit}:${dir}/package.json`])) !== undefined) {
      return dir;
    }
  }
  throw new CodegenError(`no package holds the contract ${entry} at that commit`, { exitCode: 2 });
}

/**
 * The contract as of a git ref, normalized like a snapshot: the contract package is exported
 * with `git archive` into a temporary directory (the working tree and index are untouched),
 * linked to the installed dependencies, loaded in a child process and removed afterwards.
 */
export async function snapshotAtGitRef(
  repoRoot: string,
  current: CodegenConfig,
  ref: string,
): Promise<ContractSnapshot> {
  const commit =
    ref.startsWith('-') || ref.length === 0
      ? undefined
      : (await git(repoRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))?.trim();
  if (!commit) {
    throw new CodegenError(
      `--base ${JSON.stringify(ref)} is neither a snapshot version, a snapshot file nor a git ref`,
      { exitCode: 2 },
    );
  }
  const { config, text } = await configAt(repoRoot, commit, current);
  if ((await git(repoRoot, ['cat-file', '-e', `${commit}:${config.contract}`])) === undefined) {
    throw new CodegenError(`the contract entry does not exist at ${ref}`, {
      file: config.contract,
      exitCode: 2,
    });
  }
  const packageDir = await packageDirAt(repoRoot, commit, config.contract);
  const checkout = await mkdtemp(join(tmpdir(), 'tether-breaking-'));
  try {
    const archive = join(checkout, '.contract.tar');
    await run('git', [
      '-C',
      repoRoot,
      'archive',
      '--format=tar',
      '-o',
      archive,
      commit,
      '--',
      packageDir,
    ]);
    await run('tar', ['-xf', archive, '-C', checkout]);
    await rm(archive);
    await writeFile(join(checkout, CONFIG_FILE), text);
    // The old contract resolves zod (and its tsconfig preset) through the installed packages.
    for (const dir of [packageDir, '.']) {
      const modules = join(repoRoot, dir, 'node_modules');
      const link = join(checkout, dir, 'node_modules');
      if (!(await exists(modules))) continue;
      // A committed node_modules link (not ignored) would be in the export already.
      await rm(link, { recursive: true, force: true });
      await symlink(modules, link, 'dir');
    }
    return parseSnapshot(await loadInChild(checkout, ref), `git:${ref}`);
  } finally {
    await rm(checkout, { recursive: true, force: true });
  }
}

async function loadInChild(checkout: string, ref: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const tsx = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  // From source the child is TypeScript run through tsx; the prebuilt CLI has it bundled next to
  // itself as plain JavaScript (it loads the contract through tsx's API).
  const fromSource = import.meta.url.endsWith('.ts');
  const child = fileURLToPath(new URL(`./ref-child.${fromSource ? 'ts' : 'mjs'}`, import.meta.url));
  try {
    const args = fromSource ? [tsx, child, checkout] : [child, checkout];
    const { stdout } = await run(process.execPath, args, {
      maxBuffer: MAX_OUTPUT,
      cwd: checkout,
    });
    return stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new CodegenError(
      `cannot load the contract as of ${ref}: ${stderr || (error as Error).message}`,
      {
        exitCode: 2,
      },
    );
  }
}
