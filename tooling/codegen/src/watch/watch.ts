import { existsSync, type FSWatcher, watch } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_FILE, loadConfig } from '../config.js';
import { GeneratorSession } from '../pipeline/session/index.js';
import type { CliIo } from '../pipeline/types.js';
import { warmUp } from './warm-up.js';

/**
 * Quiet time after the last change before regenerating: editors save in bursts (and write a
 * file in more than one step), and one run per burst is cheaper than a run per event.
 */
export const DEBOUNCE_MS = 30;

/**
 * A session whose JavaScript heap has grown past this after a run is ended and replaced (each
 * run leaves its contract module behind, see GeneratorSession). The heap after a run is ~60 MB
 * for the example contract and ~250 MB at 200 models; each edit adds a few MB.
 */
export const DEFAULT_RECYCLE_HEAP_MB = 1024;

export interface WatchOptions {
  /** Heap budget of a generator session, MB (see DEFAULT_RECYCLE_HEAP_MB). */
  recycleHeapMb?: number;
  /** Most warm-up rounds of a session (see warm-up.ts); 0: none. */
  warmUpRounds?: number;
}

export interface Watcher {
  /** Resolves when the watcher has stopped and no generation is running. */
  close(): Promise<void>;
  /** Generator sessions started so far (one, unless a session was replaced). */
  sessionsStarted(): number;
}

/**
 * `pnpm codegen watch`: regenerate whenever the contract's folder or the config changes. Runs
 * happen in a long-lived generator session (a worker thread, see GeneratorSession) that keeps
 * the codegen's modules, its background workers and esbuild's incremental context warm between
 * runs, so that a save costs only the work of one generation, not a process start and a cold
 * load of quicktype-core, TypeScript and the contract. Each run still generates every target
 * from the contract as it is on disk and writes through the same transactional write as
 * `generate`: the bytes are the same as a fresh `pnpm codegen`'s. Runs never overlap: a change
 * during a run schedules exactly one more. Each session is warmed up once (see warm-up.ts).
 */
export async function startWatch(
  io: CliIo,
  _cliPath?: string,
  options: WatchOptions = {},
): Promise<Watcher> {
  const recycleHeapMb = options.recycleHeapMb ?? DEFAULT_RECYCLE_HEAP_MB;
  const config = await loadConfig(io.repoRoot);
  const contractDir = dirname(join(io.repoRoot, config.contract));
  let timer: NodeJS.Timeout | undefined;
  let session: GeneratorSession | undefined;
  let running = false;
  let finished: Promise<void> = Promise.resolve();
  let pending = false;
  let closed = false;
  let sessions = 0;

  /** The session last warmed up (see warm-up.ts): each one once, after its first good run. */
  let warmed: GeneratorSession | undefined;
  let announced = false;
  const startSession = () => {
    session = new GeneratorSession();
    sessions++;
    return session;
  };

  const generate = async () => {
    const current = !session || session.ended ? startSession() : session;
    const { code, heapMb } = await current.generate(io);
    if (heapMb > recycleHeapMb) {
      // A new session now, warmed up below; the old one frees its memory.
      startSession();
      void current.close();
    }
    const line =
      code === 0
        ? 'codegen watch: up to date, waiting for changes\n'
        : `codegen watch: generation failed (exit ${code}); fix the contract and save again\n`;
    // At start, "up to date" waits for the warm-up, so that the first edit finds the session up
    // to speed; later (a replaced or crashed session), the edit just written is told first.
    if (announced) io.stdout(line);
    if (code === 0 && session && session !== warmed) {
      warmed = session;
      await warmUp(session, io, { rounds: options.warmUpRounds, stop: () => pending || closed });
    }
    if (!announced) io.stdout(line);
    announced = true;
  };
  const run = () => {
    if (closed) return;
    if (running) {
      pending = true;
      return;
    }
    running = true;
    finished = generate().then(() => {
      running = false;
      if (pending) {
        pending = false;
        run();
      }
    });
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, DEBOUNCE_MS);
  };

  const watchers: FSWatcher[] = [watch(contractDir, { recursive: true }, schedule)];
  const configPath = join(io.repoRoot, CONFIG_FILE);
  if (existsSync(configPath)) watchers.push(watch(configPath, schedule));
  io.stdout(
    `codegen watch: watching ${config.contract.replace(/\/[^/]+$/, '/')} and ${CONFIG_FILE}\n`,
  );
  run();

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      // `finished` may be replaced by a pending run while awaited: wait until none is left.
      while (running) await finished;
      await session?.close();
    },
    sessionsStarted: () => sessions,
  };
}
