import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exitOf, killStarted, MAIN, spawnEntry, startMain } from './helpers/main-process.js';

const seedCli = fileURLToPath(new URL('../src/db/seed-cli.ts', import.meta.url));
const dirs: string[] = [];
afterAll(async () => {
  killStarted();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'tether-main-'));
  dirs.push(dir);
  return dir;
}

/** Runs an entry point that must refuse to start: its exit code and everything it printed. */
async function refusal(env: Record<string, string>, entry = MAIN) {
  const child = spawnEntry(env, entry);
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const code = await exitOf(child);
  return { code, output: output.trim() };
}

/** One line that names the setting, and no stack trace. */
function expectOneClearLine(result: { code: number | null; output: string }, setting: string) {
  expect(result.code, result.output).toBe(1);
  expect(result.output.split('\n'), result.output).toHaveLength(1);
  expect(result.output.startsWith(`${setting}: `), result.output).toBe(true);
  expect(result.output).not.toMatch(/\n\s+at /);
}

describe('main', () => {
  it('refuses a bad environment naming the variable, without a stack trace', async () => {
    const child = spawnEntry({ PORT: 'eighty', PGLITE_DATA_DIR: 'memory://' });
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
    const child = spawnEntry({ PORT: '0', HOST: '127.0.0.1', PGLITE_DATA_DIR: join(dir, 'db') });
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

  // The native Argon2 binding is 12 MB of every start's RSS (docs/PERFORMANCE.md): a start
  // that checks no password must not load it. Seen in the process's memory map (Linux).
  it.runIf(existsSync('/proc/self/maps'))(
    'loads the password hasher with the first log-in, not at start',
    { timeout: 120_000 },
    async () => {
      const { child, api } = await startMain({ PGLITE_DATA_DIR: 'memory://', SEED: 'never' });
      const argon2Mapped = async () =>
        (await readFile(`/proc/${child.pid}/maps`, 'utf8')).includes('argon2');
      expect((await fetch(`${api}/health`)).status).toBe(200);
      expect(await argon2Mapped()).toBe(false);
      const logIn = await fetch(`${api}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'not a real password' }),
      });
      expect(logIn.status).toBe(401);
      expect(await argon2Mapped()).toBe(true);
      child.kill('SIGTERM');
    },
  );

  it('refuses an empty PORT instead of listening on a random port', async () => {
    const result = await refusal({ PORT: '', PGLITE_DATA_DIR: 'memory://' });
    expect(result.code).toBe(1);
    expect(result.output).toContain('PORT: must be a whole number in decimal digits (got "")');
  });

  it('names PGLITE_DATA_DIR when it is a file', async () => {
    const file = join(await tempDir(), 'a-file');
    await writeFile(file, 'not a directory');
    const result = await refusal({ PGLITE_DATA_DIR: file, PORT: '0' });
    expectOneClearLine(result, 'PGLITE_DATA_DIR');
    expect(result.output).toContain(`${file} is a file`);
  });

  it('names PGLITE_DATA_DIR when it holds files that are no database', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'notes.txt'), "someone else's files");
    const result = await refusal({ PGLITE_DATA_DIR: dir, PORT: '0' });
    expectOneClearLine(result, 'PGLITE_DATA_DIR');
    expect(result.output).toContain('holds no PGlite database');
  });

  it('names PGLITE_DATA_DIR when its database is damaged beyond opening', {
    timeout: 120_000,
  }, async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'global'));
    await writeFile(join(dir, 'PG_VERSION'), '17\n');
    await writeFile(join(dir, 'global', 'pg_control'), 'garbage');
    const result = await refusal({ PGLITE_DATA_DIR: dir, PORT: '0' });
    expectOneClearLine(result, 'PGLITE_DATA_DIR');
    expect(result.output).toContain('restore it from a backup');
  });

  it('names DATABASE_URL when no PostgreSQL answers there, without the password', async () => {
    const port = await freePort();
    const result = await refusal({
      DATABASE_URL: `postgres://app:s3cret@127.0.0.1:${port}/app`,
      PORT: '0',
    });
    expectOneClearLine(result, 'DATABASE_URL');
    expect(result.output).toContain('ECONNREFUSED');
    expect(result.output).not.toContain('s3cret');
  });

  it('names PORT when the port is taken', { timeout: 120_000 }, async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const result = await refusal({
        PORT: String(port),
        HOST: '127.0.0.1',
        PGLITE_DATA_DIR: 'memory://',
      });
      expectOneClearLine(result, 'PORT');
      expect(result.output).toContain('already in use');
    } finally {
      taken.close();
    }
  });

  // Two servers on one directory each saw only their own writes and corrupted it.
  it('refuses a second server and the seed command on a data directory a running server holds', {
    timeout: 180_000,
  }, async () => {
    const dataDir = join(await tempDir(), 'db');
    const first = await startMain({ PGLITE_DATA_DIR: dataDir });
    try {
      const second = await refusal({ PGLITE_DATA_DIR: dataDir, PORT: '0' });
      expectOneClearLine(second, 'PGLITE_DATA_DIR');
      expect(second.output).toContain(`${dataDir} is in use by process ${first.child.pid}`);
      const seed = await refusal({ PGLITE_DATA_DIR: dataDir }, seedCli);
      expectOneClearLine(seed, 'PGLITE_DATA_DIR');
      // The first server is unharmed and still serves.
      expect((await fetch(`${first.api}/health`)).status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);
    // Released on exit: the directory opens again.
    const again = await startMain({ PGLITE_DATA_DIR: dataDir });
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}
