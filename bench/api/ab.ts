// `pnpm --filter @acme/bench api:ab`: A/B of two builds of the API on the benchmark's routes,
// to keep or back out one change. A is the working tree; B is the API sources at
// BENCH_AB_SRC (the path of another apps/api/src/index.ts, e.g. from
// `git archive <commit> apps/api | tar -x -C /tmp/old` with apps/api/node_modules linked in).
// BENCH_AB_ENV_A / BENCH_AB_ENV_B (JSON objects) add environment variables to one side, to
// compare flags instead of builds (BENCH_API_CONFIG: API settings, see servers/api.ts).
// BENCH_RATE fixes the offered req/s, so CPU per request compares like with like. Same harness as run.ts: alternating rounds, medians of
// per-round ratios (A / B), server CPU per request. Not a test.
import { createBody } from './fixtures.js';
import {
  CONNECTIONS,
  loadAverage,
  type Pair,
  probe,
  report,
  runPairs,
  startServer,
} from './harness.js';

const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 1);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 1.5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
/** Offered req/s (autocannon overallRate); unset: as fast as each side goes. */
const RATE = process.env.BENCH_RATE ? Number(process.env.BENCH_RATE) : undefined;
const env = (name: string) => JSON.parse(process.env[name] ?? '{}') as Record<string, string>;

const srcB = process.env.BENCH_AB_SRC;
const envA = env('BENCH_AB_ENV_A');
const envB = { ...env('BENCH_AB_ENV_B'), ...(srcB ? { BENCH_API_SRC: srcB } : {}) };
if (!srcB && Object.keys(envA).length + Object.keys(envB).length === 0) {
  throw new Error('Set BENCH_AB_SRC (another API source tree) or BENCH_AB_ENV_A/B');
}

const a = await startServer('api.ts', ['memory'], envA);
const b = await startServer('api.ts', ['memory'], envB);
const taskId = '00000000-0000-4000-8000-000000001001';
const body = JSON.stringify(createBody);
const routes = [
  { label: 'GET /tasks/{id}', path: `/api/v1/tasks/${taskId}`, expectStatus: 200 },
  { label: 'GET /tasks', path: '/api/v1/tasks', expectStatus: 200 },
  { label: 'POST /tasks', path: '/api/v1/tasks', method: 'POST', body, expectStatus: 201 },
] as const;
const only = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);
const pairs: Pair[] = routes
  .filter((route) => only.length === 0 || only.some((part) => route.label.includes(part)))
  .map(({ label, ...route }) => ({
    subject: { name: `A ${label}`, server: a, ...route },
    reference: { name: `B ${label}`, server: b, ...route },
  }));
for (const pair of pairs) {
  await probe(pair.subject);
  await probe(pair.reference);
}
console.log(
  `A/B: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION_S} s per side; ` +
    `${RATE ? `${RATE} req/s offered; ` : ''}load average ${loadAverage()}`,
);
report(
  await runPairs(pairs, {
    rounds: ROUNDS,
    seconds: DURATION_S,
    warmupSeconds: WARMUP_S,
    rate: RATE,
  }),
);
console.log(`load average ${loadAverage()}; ratio = A / B; cpu ratio = B us/req / A us/req`);
process.exit(0);
