import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from '../../src/db/data-dir-lock.js';
import { openPglite } from '../../src/db/pglite.js';

const lockModule = fileURLToPath(new URL('../../src/db/data-dir-lock.ts', import.meta.url));
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'tether-lock-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Another process holding the directory until killed; resolves once it holds it. */
async function holdInChild(dir: string): Promise<ChildProcess> {
  const script = `const { lockDataDir } = await import(${JSON.stringify(lockModule)});
await lockDataDir(${JSON.stringify(dir)}); console.log('held'); setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanup.push(async () => child.kill('SIGKILL'));
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`holder exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (line === 'held') resolve();
    });
  });
  return child;
}

const lockedError = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DataDirLockedError);
  return error as DataDirLockedError;
};

describe('lockDataDir', () => {
  it('refuses a directory another live process holds, naming the directory and the process', async () => {
    const dir = await tempDir();
    const holder = await holdInChild(dir);
    const error = await lockedError(lockDataDir(dir));
    expect(error.message).toContain(`PGLITE_DATA_DIR: ${dir} is in use by process ${holder.pid}`);
    expect(error.owner?.pid).toBe(holder.pid);
  });

  it('takes over the lock of a process that was killed (a crash needs no hand to recover)', async () => {
    const dir = await tempDir();
    const holder = await holdInChild(dir);
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill('SIGKILL');
    await exited;
    expect(existsSync(join(dir, LOCK_FILE)), 'SIGKILL left the lock behind').toBe(true);
    const lock = await lockDataDir(dir);
    const owner = JSON.parse(await readFile(lock.file, 'utf8'));
    expect(owner.pid).toBe(process.pid);
    await lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it('takes over a lock recording its own pid from an earlier life (a restarted container)', async () => {
    const dir = await tempDir();
    const earlier = { pid: process.pid, hostname: hostname(), startedAt: 'x', command: 'old' };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(earlier));
    const lock = await lockDataDir(dir);
    await lock.release();
  });

  it('never takes over a lock written on another host, and says how to clear it', async () => {
    const dir = await tempDir();
    const remote = { pid: 1, hostname: `not-${hostname()}`, startedAt: 'x', command: 'api' };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(remote));
    const error = await lockedError(lockDataDir(dir));
    expect(error.message).toContain(`delete ${join(dir, LOCK_FILE)}`);
  });

  it("lets exactly one of several simultaneous contenders win a dead owner's lock", async () => {
    const dir = await tempDir();
    const holder = await holdInChild(dir);
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const script = `const { lockDataDir } = await import(${JSON.stringify(lockModule)});
try { await lockDataDir(${JSON.stringify(dir)}); console.log('won'); setTimeout(() => {}, 3000); }
catch (error) { console.log(error.name); }`;
    const results = await Promise.all(
      Array.from({ length: 4 }, () => {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', '--input-type=module', '-e', script],
          { stdio: ['ignore', 'pipe', 'inherit'] },
        );
        cleanup.push(async () => child.kill('SIGKILL'));
        return new Promise<string>((resolve) => {
          createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', resolve);
        });
      }),
    );
    expect(results.filter((result) => result === 'won')).toHaveLength(1);
    expect(results.filter((result) => result === 'DataDirLockedError')).toHaveLength(3);
  });
});

describe('openPglite', () => {
  it('refuses a second open of one data directory in the same process until the first closes', {
    timeout: 120_000,
  }, async () => {
    const dir = join(await tempDir(), 'db');
    const first = await openPglite(dir);
    try {
      const error = await lockedError(openPglite(dir));
      expect(error.owner?.pid).toBe(process.pid);
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, LOCK_FILE)), 'close() released the lock').toBe(false);
    const second = await openPglite(dir);
    await second.close();
  });
});
