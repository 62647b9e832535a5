import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The entry point as users run it (`pnpm dev` runs the same file through tsx).
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

function run(env: Record<string, string>): ChildProcess {
  // Only what the server needs: no DATABASE_URL leaking in from a CI environment.
  return spawn(process.execPath, ['--import', 'tsx', main], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

describe('main', () => {
  it('refuses a bad environment naming the variable, without a stack trace', async () => {
    const child = run({ PORT: 'eighty', PGLITE_DATA_DIR: 'memory://' });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    expect(await exitOf(child)).toBe(1);
    expect(stderr).toContain('PORT');
    expect(stderr).toContain('"eighty"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  // A cold process compiles PGlite's WASM, migrates and seeds: slow on a shared CI core.
  it('prints the API, docs and tRPC URLs, serves, and exits cleanly on SIGTERM', {
    timeout: 120_000,
  }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tether-main-'));
    dirs.push(dir);
    const child = run({ PORT: '0', HOST: '127.0.0.1', PGLITE_DATA_DIR: join(dir, 'db') });
    const exited = exitOf(child);
    const lines: string[] = [];
    const lineReader = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    await new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`exited early with ${code}`)));
      lineReader.on('line', (line) => {
        lines.push(line);
        if (line.startsWith('tRPC:')) resolve();
      });
    });
    const api = lines.find((line) => line.startsWith('API:'))?.match(/http:\/\/\S+/)?.[0];
    expect(api).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(lines.find((line) => line.startsWith('Docs:'))).toContain('/docs');
    expect(lines.find((line) => line.startsWith('tRPC:'))).toContain('/trpc');
    const health = await fetch(`${api}/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
