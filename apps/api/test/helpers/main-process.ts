import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The entry point as users run it (`pnpm dev` runs the same file through tsx). */
export const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));

const started: ChildProcess[] = [];

/**
 * Runs an entry point of the API with only what it needs in its environment: no DATABASE_URL
 * leaking in from a CI environment, logs off unless `env` asks for them.
 */
export function spawnEntry(env: Record<string, string>, entry = MAIN): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  return child;
}

export const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

/** Starts main.ts on loopback, on a free port; resolves with its API URL once it listens. */
export async function startMain(env: Record<string, string>) {
  const child = spawnEntry({ PORT: '0', HOST: '127.0.0.1', ...env });
  const exited = exitOf(child);
  let stderr = '';
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const api = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`main exited early with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      if (line.startsWith('API:')) resolve(line.match(/http:\/\/\S+/)?.[0] ?? '');
    });
  });
  return { child, exited, api };
}

/** For afterAll: no process a test started outlives its file, whatever the test did. */
export function killStarted(): void {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
}
