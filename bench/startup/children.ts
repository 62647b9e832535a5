// Child processes of the start-up benchmark: spawn, wait for the first 200, stop. Every child
// is tracked so that none outlives the benchmark, whatever way it ends.
import { type ChildProcess, spawn } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';

const children = new Set<ChildProcess>();

/** SIGKILL whatever is still running: called on exit, on signals and after a failure. */
export function killAll(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  children.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });
}

/** A port free on loopback right now (the child binds it a moment later). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Status of one GET without keep-alive; rejects while nothing listens yet. */
function statusOf(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false, timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.once('timeout', () => req.destroy(new Error('timeout')));
    req.once('error', reject);
    req.end();
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Started {
  child: ChildProcess;
  pid: number;
  /** Milliseconds from spawn to the first 200 of the health URL. */
  coldMs: number;
}

/**
 * Spawns `node args…` and polls `url` every 2 ms until it answers 200: the time measured is
 * what a user or an orchestrator waits for, from exec to a healthy answer.
 */
export async function startAndWait(
  args: string[],
  env: NodeJS.ProcessEnv,
  url: string,
  timeoutMs: number,
): Promise<Started> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  // The API logs (pino) on stdout: keep the tail of both streams for the failure message.
  let stderr = '';
  const keep = (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not spawn node ${args.join(' ')}`);
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`node ${args.join(' ')} exited with ${child.exitCode}:\n${stderr}`);
    }
    if (performance.now() - started > timeoutMs) {
      child.kill('SIGKILL');
      throw new Error(`node ${args.join(' ')}: no 200 from ${url} in ${timeoutMs} ms\n${stderr}`);
    }
    const status = await statusOf(url).catch(() => 0);
    if (status === 200) return { child, pid, coldMs: performance.now() - started };
    await sleep(2);
  }
}

/**
 * SIGTERM and wait for the exit (the API closes PGlite on the way out, which a file-backed
 * data directory needs to restart cleanly); SIGKILL after `graceMs`.
 */
export async function stop(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }
  children.delete(child);
}

/** Spawn-to-exit of `node -e ""`: the floor no server can go below. */
export async function nodeFloorMs(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  children.add(child);
  await new Promise<void>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', () => resolve());
  });
  children.delete(child);
  return performance.now() - started;
}
