import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { targets } from '../../src/targets/index.js';
import { recoverInterruptedWrite, STAGING_DIR } from '../../src/write/journal.js';
import { listOwnedFiles } from '../../src/write/owned-files.js';
import { REPO_ROOT, type TempRepo, tempRepo } from '../helpers/temp-repo.js';

// `pnpm codegen` SIGKILLed at several moments of a real run on a copy of the repository:
// afterwards every generated tree is the old generation or the new one (once the interrupted
// write is settled, as the next run does first), and `--check` never passes on anything else.

const CLI = join(REPO_ROOT, 'tooling', 'codegen', 'src', 'cli.ts');
// The CLI in this very process (no tsx wrapper process, which would outlive a SIGKILL).
const TSX = import.meta.resolve('tsx');

let repo: TempRepo;
let owned: ReturnType<(typeof targets)[number]['owns']>[];
type Files = Record<string, string>;
let OLD: Files;
let NEW: Files;

async function snapshot(): Promise<Files> {
  const files: Files = {};
  for (const path of await listOwnedFiles(repo.root, owned)) {
    files[path] = await readFile(join(repo.root, path), 'utf8');
  }
  return files;
}

const canonical = (files: Files) => JSON.stringify(Object.entries(files).sort());
const generationOf = (files: Files) =>
  canonical(files) === canonical(OLD)
    ? 'old'
    : canonical(files) === canonical(NEW)
      ? 'new'
      : 'mixed';

async function restore(files: Files) {
  await rm(join(repo.root, STAGING_DIR), { recursive: true, force: true });
  for (const path of await listOwnedFiles(repo.root, owned)) await rm(join(repo.root, path));
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(dirname(join(repo.root, path)), { recursive: true });
    await writeFile(join(repo.root, path), contents);
  }
}

/** Runs `codegen`, SIGKILLs it once `trigger` says so (polled), resolves with the signal. */
function killWhen(trigger: (elapsedMs: number) => boolean) {
  const child: ChildProcess = spawn(process.execPath, ['--import', TSX, CLI], {
    cwd: repo.root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const started = performance.now();
  // `exit 0` alone when the run finished cleanly (the kill came too late); anything on stderr
  // is part of the result, so that it shows in a failure.
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) =>
      resolve(signal ?? (stderr === '' ? `exit ${code}` : `exit ${code}: ${stderr}`)),
    ),
  );
  const poll = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (trigger(performance.now() - started)) child.kill('SIGKILL');
    else setImmediate(poll);
  };
  poll();
  return exited;
}

beforeAll(async () => {
  repo = await tempRepo();
  const config = await loadConfig(repo.root);
  owned = targets.map((target) => target.owns(config));
  OLD = await snapshot();
  await repo.edit(
    'packages/contract/src/models/task.ts',
    'projectId: Id,',
    'projectId: Id,\n    sprint: z.string().max(40).optional(),',
  );
  const run = await repo.codegen();
  expect(run.code, run.output).toBe(0);
  NEW = await snapshot();
  // The change reaches several trees (OpenAPI, TypeScript, Dart, vectors): a real set write.
  const changed = Object.keys(NEW).filter((path) => OLD[path] !== NEW[path]);
  expect(
    new Set(changed.map((path) => path.split('/').slice(0, 2).join('/'))).size,
  ).toBeGreaterThan(1);
}, 120_000);
afterAll(() => repo?.dispose());

const stage = () => join(repo.root, STAGING_DIR);
const journal = () => join(stage(), 'journal.json');

describe('codegen killed mid-run', () => {
  it('leaves the old or the new generation (after settling), and --check tells which', {
    timeout: 240_000,
  }, async () => {
    const moments: [string, (elapsedMs: number) => boolean][] = [
      ['while loading the contract', (ms) => ms > 300],
      ['as the stage appears', () => existsSync(stage())],
      ['as the journal is committed', () => existsSync(journal())],
    ];
    const seen: string[] = [];
    for (const [moment, trigger] of moments) {
      await restore(OLD);
      // On a busy machine the poll can miss a stage that lives a few ms: the run then simply
      // finished, which must leave the new generation like any other late kill.
      const ended = await killWhen(trigger);
      expect(['SIGKILL', 'exit 0'], `${moment}: ${ended}`).toContain(ended);
      const state = generationOf(await snapshot());
      if (state === 'mixed')
        expect(existsSync(journal()), `mixed, no journal: ${moment}`).toBe(true);

      if (moment === moments.at(-1)?.[0]) {
        // --check on the unsettled disk: passes only if it already is the new generation.
        const check = await repo.codegen('--check');
        expect(check.code, `${moment}: ${state}\n${check.output}`).toBe(state === 'new' ? 0 : 1);
        // The next generate settles and finishes: new generation, no stage left.
        expect((await repo.codegen()).code).toBe(0);
        expect(generationOf(await snapshot())).toBe('new');
        expect(existsSync(stage())).toBe(false);
        seen.push(`${moment} (${ended}): ${state}, then codegen -> new`);
        continue;
      }
      const recovery = await recoverInterruptedWrite(repo.root);
      const settled = generationOf(await snapshot());
      expect(['old', 'new'], `${moment}: ${state} -> ${recovery}`).toContain(settled);
      expect(existsSync(stage())).toBe(false);
      seen.push(`${moment} (${ended}): ${state} -> ${recovery} -> ${settled}`);
    }
    expect(seen).toHaveLength(moments.length);
    if (process.env.CODEGEN_KILL_REPORT) console.log(seen.join('\n'));
  });
});
