// `pnpm --filter @acme/bench startup`: cold start and memory of the built API next to a bare
// Fastify app and a bare `node -e`, measured side by side in one run. Every round starts each
// case once (order reversed every other round, so drifting machine load hits all alike) and
// the medians over the rounds are reported, ratios taken per round. Loopback only. Not a test.
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_ACCOUNT } from '@acme/api';
import { apiMain, ensureFreshBuild } from './build.js';
import { freePort, killAll, nodeFloorMs, startAndWait, stop } from './children.js';
import { rssMb, underLoad } from './memory.js';
import { median } from './stats.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 2);
const LOAD_S = Number(process.env.BENCH_LOAD_S ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const START_TIMEOUT_MS = 60_000;
const GOAL_COLD_MS = 300;
const GOAL_IDLE_RSS_MB = 120;
/** Issue 20, goal 2: on PostgreSQL, against bare Fastify measured in the same rounds. */
const GOAL_PG_COLD_RATIO = 2.0;
const GOAL_PG_IDLE_RSS_RATIO = 1.5;
const GOAL_PGLITE_RESTART_MS = 800;
/**
 * The PostgreSQL the API starts against (`DATABASE_URL`, as in production): BENCH_DATABASE_URL,
 * else DATABASE_URL (CI sets it to its PostgreSQL 15). Its tables go to their own schema, so
 * the benchmark never touches the database's other tables. Unset or unreachable: the case is
 * skipped with a line saying so.
 */
const PG_URL = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || undefined;
const PG_SCHEMA = 'bench_startup';

const bareFastify = fileURLToPath(new URL('./servers/bare-fastify.mjs', import.meta.url));
const pgliteAlone = fileURLToPath(new URL('./servers/pglite-alone.mjs', import.meta.url));

// The child gets a clean environment: nothing of tsx (NODE_OPTIONS) or of the caller's shell
// configuration (DATABASE_URL, PGLITE_DATA_DIR…) leaks into what is measured.
const baseEnv = (): NodeJS.ProcessEnv => ({ PATH: process.env.PATH, HOME: process.env.HOME });

/** The API as `pnpm start` runs it, in production mode; only the rate limit is out of reach. */
const apiEnv = (port: number, dataDir: string): NodeJS.ProcessEnv => ({
  ...baseEnv(),
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: String(port),
  LOG_LEVEL: 'warn',
  RATE_LIMIT_MAX: '10000000',
  PGLITE_DATA_DIR: dataDir,
});

/** Whether something accepts TCP connections at the URL's host and port (1 s at most). */
function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 5432) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The API on PostgreSQL: same settings as apiEnv, DATABASE_URL instead of a PGlite directory. */
const pgEnv = (port: number, url: string): NodeJS.ProcessEnv => {
  const { PGLITE_DATA_DIR: _unused, ...env } = apiEnv(port, '');
  return { ...env, DATABASE_URL: url, DATABASE_SCHEMA: PG_SCHEMA };
};

interface Sample {
  coldMs: number;
  idleRssMb?: number;
  loadRssMb?: number;
  reqPerSec?: number;
}

interface Case {
  name: string;
  /** Starts, measures and stops one instance. */
  run(): Promise<Sample>;
}

/**
 * Starts a server on a free port; another process of this busy machine may take the port
 * between the probe and the child's bind, so EADDRINUSE gets a second port.
 */
async function startOnFreePort(args: string[], env: (port: number) => NodeJS.ProcessEnv) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    try {
      const started = await startAndWait(
        args,
        env(port),
        `${base}/api/v1/health`,
        START_TIMEOUT_MS,
      );
      return { ...started, base };
    } catch (error) {
      if (attempt >= 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

/** The API's signed-in routes are loaded as the seed's demo account, after the idle sample. */
async function signedIn(base: string): Promise<Record<string, string>> {
  const response = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ACCOUNT),
  });
  if (response.status !== 200)
    throw new Error(`log-in: ${response.status} ${await response.text()}`);
  return { authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
}

/** One start of a server: cold time, idle RSS after IDLE_S, peak RSS under LOAD_S of load. */
async function serverSample(
  args: string[],
  env: (port: number) => NodeJS.ProcessEnv,
  loadPath: string,
): Promise<Sample> {
  const { child, pid, coldMs, base } = await startOnFreePort(args, env);
  try {
    await new Promise((resolve) => setTimeout(resolve, IDLE_S * 1000));
    const idleRssMb = rssMb(pid);
    if (LOAD_S <= 0) return { coldMs, idleRssMb };
    const load = await underLoad(
      pid,
      `${base}${loadPath}`,
      LOAD_S,
      CONNECTIONS,
      loadPath === '/api/v1/health' ? {} : await signedIn(base),
    );
    return { coldMs, idleRssMb, loadRssMb: load.peakRssMb, reqPerSec: load.reqPerSec };
  } finally {
    await stop(child);
  }
}

const work = await mkdtemp(join(tmpdir(), 'bench-startup-'));
try {
  ensureFreshBuild();
  const dataDir = join(work, 'pglite');
  // The restart case needs a data directory that already holds the migrated, seeded database:
  // one start (initdb + migrations + seed) and a graceful stop make it.
  await stop((await startOnFreePort([apiMain], (port) => apiEnv(port, dataDir))).child);

  const cases: Case[] = [
    { name: 'node -e "" (process floor)', run: async () => ({ coldMs: await nodeFloorMs() }) },
    {
      name: 'bare Fastify, 1 route',
      run: () =>
        serverSample(
          [bareFastify],
          (port) => ({ ...baseEnv(), PORT: String(port) }),
          '/api/v1/health',
        ),
    },
    {
      name: 'API, fresh in-memory PGlite',
      run: () => serverSample([apiMain], (port) => apiEnv(port, 'memory://'), '/api/v1/tasks'),
    },
    {
      name: 'API, file PGlite restart',
      run: () => serverSample([apiMain], (port) => apiEnv(port, dataDir), '/api/v1/tasks'),
    },
    {
      name: 'PGlite alone, same restart',
      run: () =>
        serverSample(
          [pgliteAlone],
          (port) => ({ ...baseEnv(), PORT: String(port), PGLITE_DATA_DIR: dataDir }),
          '/api/v1/health',
        ),
    },
  ];
  const bare = cases[1] as Case;
  const pgliteRestart = cases[3] as Case;
  const pgliteAloneCase = cases[4] as Case;
  let postgres: Case | undefined;
  if (!PG_URL) {
    console.log(
      'PostgreSQL case skipped: no BENCH_DATABASE_URL or DATABASE_URL set ' +
        '(e.g. BENCH_DATABASE_URL=postgres://postgres:postgres@127.0.0.1:5432/bench)',
    );
  } else if (!(await reachable(PG_URL))) {
    console.log(`PostgreSQL case skipped: nothing listens at ${new URL(PG_URL).host}`);
  } else {
    const url = PG_URL;
    // Like a production restart: the schema already migrated and seeded by a first start.
    await stop((await startOnFreePort([apiMain], (port) => pgEnv(port, url))).child);
    postgres = {
      name: 'API, PostgreSQL (DATABASE_URL)',
      run: () => serverSample([apiMain], (port) => pgEnv(port, url), '/api/v1/tasks'),
    };
    cases.push(postgres);
    console.log(
      `PostgreSQL: ${new URL(PG_URL).host}${new URL(PG_URL).pathname}, schema ${PG_SCHEMA}`,
    );
  }

  const loadBefore = loadavg();
  console.log(
    `${ROUNDS} rounds; per start: spawn -> first 200 of GET /api/v1/health, then ${IDLE_S} s ` +
      `idle (RSS), then ${LOAD_S} s of autocannon (${CONNECTIONS} connections; API on ` +
      'GET /api/v1/tasks, bare Fastify on its one route) with RSS sampled every 100 ms',
  );
  const samples = new Map<Case, Sample[]>(cases.map((c) => [c, []]));
  const ratios = new Map<Case, number[]>(cases.map((c) => [c, []]));
  const rssRatios = new Map<Case, number[]>(cases.map((c) => [c, []]));
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? cases : [...cases].reverse();
    const got = new Map<Case, Sample>();
    for (const c of order) got.set(c, await c.run());
    const bareCold = (got.get(bare) as Sample).coldMs;
    const bareIdle = (got.get(bare) as Sample).idleRssMb;
    for (const c of cases) {
      const sample = got.get(c) as Sample;
      samples.get(c)?.push(sample);
      ratios.get(c)?.push(sample.coldMs / bareCold);
      if (sample.idleRssMb !== undefined && bareIdle !== undefined) {
        rssRatios.get(c)?.push(sample.idleRssMb / bareIdle);
      }
    }
    console.log(
      `round ${round + 1}: ${cases.map((c) => `${(got.get(c) as Sample).coldMs.toFixed(0)}`).join(' / ')} ms`,
    );
  }
  const loadAfter = loadavg();

  const cell = (value: number | undefined, width: number, digits = 0) =>
    (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits)).padStart(width);
  const med = (c: Case, key: keyof Sample) => {
    const values = (samples.get(c) ?? []).flatMap((s) => (s[key] === undefined ? [] : [s[key]]));
    return values.length > 0 ? median(values) : undefined;
  };
  console.log('');
  console.log(
    `${'case'.padEnd(30)} ${'cold ms'.padStart(8)} ${'x bare'.padStart(7)} ` +
      `${'idle RSS MB'.padStart(12)} ${'x bare'.padStart(7)} ${'load RSS MB'.padStart(12)} ${'req/s'.padStart(8)}`,
  );
  const medianOr = (values: number[] | undefined) =>
    values && values.length > 0 ? median(values) : undefined;
  for (const c of cases) {
    console.log(
      `${c.name.padEnd(30)} ${cell(med(c, 'coldMs'), 8)} ${cell(median(ratios.get(c) ?? []), 7, 2)} ` +
        `${cell(med(c, 'idleRssMb'), 12)} ${cell(medianOr(rssRatios.get(c)), 7, 2)} ` +
        `${cell(med(c, 'loadRssMb'), 12)} ${cell(med(c, 'reqPerSec'), 8)}`,
    );
  }
  console.log(
    `(medians of ${ROUNDS} rounds; load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, ` +
      `after ${loadAfter.map((l) => l.toFixed(2)).join(' ')})`,
  );
  console.log('');
  const restart = med(pgliteRestart, 'coldMs') ?? Number.NaN;
  const floor = med(pgliteAloneCase, 'coldMs') ?? Number.NaN;
  console.log(
    `PGlite restart <= ${GOAL_PGLITE_RESTART_MS} ms: ${restart.toFixed(0)} ms, ` +
      (restart <= GOAL_PGLITE_RESTART_MS
        ? 'met'
        : `MISSED by ${(restart - GOAL_PGLITE_RESTART_MS).toFixed(0)} ms`) +
      `; PGlite alone on the same data directory (the floor of any API start on it): ` +
      `${floor.toFixed(0)} ms${floor > GOAL_PGLITE_RESTART_MS ? ', itself above the goal' : ''}`,
  );
  if (postgres) {
    const cold = medianOr(ratios.get(postgres)) ?? Number.NaN;
    const idle = medianOr(rssRatios.get(postgres)) ?? Number.NaN;
    const verdict = (value: number, goal: number) =>
      value <= goal ? 'met' : `MISSED by ${(value - goal).toFixed(2)}`;
    console.log(
      `PostgreSQL: cold start ${cold.toFixed(2)} x bare Fastify (goal <= ${GOAL_PG_COLD_RATIO}: ` +
        `${verdict(cold, GOAL_PG_COLD_RATIO)}); idle RSS ${idle.toFixed(2)} x bare Fastify ` +
        `(goal <= ${GOAL_PG_IDLE_RSS_RATIO}: ${verdict(idle, GOAL_PG_IDLE_RSS_RATIO)})`,
    );
  } else {
    console.log('PostgreSQL: not measured (see the skip line above)');
  }
  for (const c of cases.slice(2).filter((c) => c !== pgliteAloneCase)) {
    const cold = med(c, 'coldMs') ?? Number.NaN;
    const idle = med(c, 'idleRssMb') ?? Number.NaN;
    const verdict = (value: number, goal: number, unit: string) =>
      value <= goal ? 'met' : `MISSED by ${(value - goal).toFixed(0)} ${unit}`;
    console.log(
      `${c.name}: cold start <= ${GOAL_COLD_MS} ms ${verdict(cold, GOAL_COLD_MS, 'ms')}; ` +
        `idle RSS <= ${GOAL_IDLE_RSS_MB} MB ${verdict(idle, GOAL_IDLE_RSS_MB, 'MB')}`,
    );
  }
} finally {
  killAll();
  await rm(work, { recursive: true, force: true });
}
