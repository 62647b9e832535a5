import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { targets } from '../../src/targets/index.js';

const require = createRequire(import.meta.url);
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const CLI = join(REPO_ROOT, 'tooling', 'codegen', 'src', 'cli.ts');
const TSX_CLI = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');

/** Folders whose node_modules the copy links to (the contract imports zod from its own). */
const LINKED_NODE_MODULES = ['packages/contract'];

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  output: string;
}

export interface TempRepo {
  root: string;
  /**
   * Runs `pnpm codegen <args>` in the copy: as a child process (a fresh contract import, as in
   * CI), or with `inProcess` through the same `main()` the entry point calls. In-process copies
   * link the original contract sources (read-only use!): Zod's global registry outlives an
   * import, so a second copy of the models in one process would clash.
   */
  codegen(...args: string[]): Promise<CliRun>;
  read(path: string): Promise<string>;
  write(path: string, contents: string): Promise<void>;
  /** Replaces `search` (which must occur) in a file. */
  edit(path: string, search: string | RegExp, replacement: string): Promise<void>;
  exists(path: string): boolean;
  dispose(): Promise<void>;
}

/**
 * A copy of the sources codegen reads and writes (contract, config, generated output), with
 * node_modules symlinked to the originals: cheap to make, safe to break.
 */
export async function tempRepo(options: { inProcess?: boolean } = {}): Promise<TempRepo> {
  const root = await mkdtemp(join(tmpdir(), 'codegen-repo-'));
  const config = await loadConfig(REPO_ROOT);
  const generated = targets.flatMap((target) => {
    const owned = target.owns(config);
    return [...owned.dirs, ...owned.files];
  });
  const copied = ['pnpm-workspace.yaml', 'codegen.config.json', 'packages/contract', ...generated];
  const contractSource = join(REPO_ROOT, 'packages/contract/src');
  for (const path of copied) {
    if (!existsSync(join(REPO_ROOT, path))) continue;
    await cp(join(REPO_ROOT, path), join(root, path), {
      recursive: true,
      filter: (source) =>
        !/[/\\](node_modules|\.dart_tool|build|\.turbo)$/.test(source) &&
        !(options.inProcess && source === contractSource),
    });
  }
  if (options.inProcess) {
    // The very same contract modules (a symlink resolves to the original files), so importing
    // it in this process again registers nothing new in Zod's global registry.
    await symlink(contractSource, join(root, 'packages/contract/src'), 'dir');
  }
  for (const dir of LINKED_NODE_MODULES) {
    await symlink(join(REPO_ROOT, dir, 'node_modules'), join(root, dir, 'node_modules'), 'dir');
  }
  const read = (path: string) => readFile(join(root, path), 'utf8');
  const write = async (path: string, contents: string) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), contents);
  };
  return {
    root,
    codegen: (...args) => (options.inProcess ? runMain(root, args) : runCli(root, args)),
    read,
    write,
    async edit(path, search, replacement) {
      const before = await read(path);
      const after = before.replace(search, replacement);
      if (after === before) throw new Error(`${path}: ${String(search)} not found`);
      await write(path, after);
    },
    exists: (path) => existsSync(join(root, path)),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

export function runCli(cwd: string, args: string[]): Promise<CliRun> {
  return runNode(cwd, [TSX_CLI, CLI, ...args]);
}

/** Runs `node <args>` in `cwd` (with `env` over this process's) and collects its exit code and output. */
export function runNode(cwd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code: code ?? -1, stdout, stderr, output: stdout + stderr }),
    );
  });
}

async function runMain(repoRoot: string, args: string[]): Promise<CliRun> {
  const { main } = await import('../../src/cli.js');
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    repoRoot,
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr, output: stdout + stderr };
}
