// `pnpm --filter @acme/bench api`: req/s of the API next to bare node:http, measured in one
// run. Servers run in child processes (one core for the server, one for autocannon); cases
// alternate between them so drifting machine load hits both sides alike. Not a test.
//
// Fairness of the reference: the API sends helmet's security headers and rate-limit counters
// on every answer. The GET goals (>= 0.90) compare against node:http sending those same
// headers ("node:http ... + headers": the same bytes on the wire), copied from a probe of the
// API at start. The minimal node:http answer (content type only) is printed too, so nobody
// reads the headers' cost as ours or as absent. "bare Fastify" serves the same routes with the
// same headers and nothing of ours: it splits the framework's cost from the API's.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createBody } from './fixtures.js';

const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 1);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

interface Server {
  url: string;
  child: ChildProcess;
}

function startServer(
  script: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<Server> {
  const file = fileURLToPath(new URL(`./servers/${script}`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 120 s`)), 120_000);
    child.once('exit', (code) =>
      reject(new Error(`${script} exited with ${code} before listening`)),
    );
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) => {
      clearTimeout(timer);
      const { port } = JSON.parse(line) as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, child });
    });
  });
}

interface Case {
  name: string;
  server: Server;
  path: string;
  method?: 'GET' | 'POST';
  body?: string;
  expectStatus: number;
}

/** Requests per second of one case; a warm-up (check false) may see none on a loaded machine. */
async function measure(c: Case, seconds: number, check = true): Promise<number> {
  const result = await autocannon({
    url: `${c.server.url}${c.path}`,
    method: c.method ?? 'GET',
    connections: CONNECTIONS,
    duration: seconds,
    ...(c.body ? { body: c.body, headers: { 'content-type': 'application/json' } } : {}),
  });
  // A benchmark of error responses measures nothing: refuse it loudly.
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0 || (check && result.requests.total === 0)) {
    throw new Error(`${c.name}: ${failed} failed requests of ${result.requests.total}`);
  }
  return result.requests.average;
}

async function probe(c: Case): Promise<void> {
  const response = await fetch(`${c.server.url}${c.path}`, {
    method: c.method ?? 'GET',
    ...(c.body ? { body: c.body, headers: { 'content-type': 'application/json' } } : {}),
  });
  if (response.status !== c.expectStatus) {
    throw new Error(
      `${c.name}: expected ${c.expectStatus}, got ${response.status}: ${await response.text()}`,
    );
  }
}

const servers: Server[] = [];
const stopAll = () => {
  for (const server of servers) server.child.kill('SIGTERM');
};
process.on('exit', stopAll);

/** The headers the API sends on a 200 besides the ones every HTTP server sends. */
async function headersOf(url: string): Promise<Record<string, string>> {
  const response = await fetch(url);
  await response.arrayBuffer();
  const ordinary = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);
  return Object.fromEntries([...response.headers].filter(([name]) => !ordinary.has(name)));
}

try {
  const api = await startServer('api.ts', ['memory']);
  servers.push(api);
  const sameHeaders = {
    BENCH_HEADERS: JSON.stringify(await headersOf(`${api.url}/api/v1/health`)),
  };
  const baseline = await startServer('baseline.ts', [], sameHeaders);
  servers.push(baseline);
  const fastify = await startServer('bare-fastify.ts', [], sameHeaders);
  servers.push(fastify);
  const checked = await startServer('api.ts', ['memory', 'validated']);
  servers.push(checked);
  const db = await startServer('api.ts', ['pglite']);
  servers.push(db);

  const body = JSON.stringify(createBody);
  const trpcInput = encodeURIComponent(JSON.stringify({ limit: 20 }));
  const taskId = '00000000-0000-4000-8000-000000001001';
  const cases = {
    httpList: { name: 'node:http list', server: baseline, path: '/list', expectStatus: 200 },
    httpOne: { name: 'node:http one', server: baseline, path: '/one', expectStatus: 200 },
    httpListH: {
      name: 'node:http list + headers',
      server: baseline,
      path: '/list-headers',
      expectStatus: 200,
    },
    httpOneH: {
      name: 'node:http one + headers',
      server: baseline,
      path: '/one-headers',
      expectStatus: 200,
    },
    fastifyOne: {
      name: 'bare Fastify GET /tasks/{id}',
      server: fastify,
      path: `/api/v1/tasks/${taskId}`,
      expectStatus: 200,
    },
    restList: { name: 'REST GET /tasks', server: api, path: '/api/v1/tasks', expectStatus: 200 },
    restOne: {
      name: 'REST GET /tasks/{id}',
      server: api,
      path: `/api/v1/tasks/${taskId}`,
      expectStatus: 200,
    },
    restPost: {
      name: 'REST POST /tasks',
      server: api,
      path: '/api/v1/tasks',
      method: 'POST',
      body,
      expectStatus: 201,
    },
    rawPost: {
      name: 'POST unvalidated',
      server: api,
      path: '/api/v1/unvalidated/tasks',
      method: 'POST',
      body,
      expectStatus: 201,
    },
    restListChecked: {
      name: 'REST GET /tasks + Zod check',
      server: checked,
      path: '/api/v1/tasks',
      expectStatus: 200,
    },
    restOneChecked: {
      name: 'REST GET /tasks/{id} + Zod',
      server: checked,
      path: `/api/v1/tasks/${taskId}`,
      expectStatus: 200,
    },
    trpcList: {
      name: 'tRPC listTasks',
      server: api,
      path: `/trpc/listTasks?input=${trpcInput}`,
      expectStatus: 200,
    },
    dbList: {
      name: 'REST GET /tasks (PGlite)',
      server: db,
      path: '/api/v1/tasks',
      expectStatus: 200,
    },
  } satisfies Record<string, Case>;
  const all = Object.values(cases) as Case[];
  for (const c of all) await probe(c);

  // Each comparison is measured back to back (reference first), ROUNDS times; the median of
  // the per-round ratios is reported, so load from other processes hits both sides alike.
  // Goals: REST GET >= 0.90 of node:http with the same headers; validated POST >= 0.90 of the
  // same route unvalidated; tRPC >= 0.30 of REST for the same handler. Rows without a goal
  // explain the others (minimal-header node:http, framework cost, development-mode checks).
  const pairs: { subject: Case; reference: Case; goal?: number }[] = [
    { subject: cases.restList, reference: cases.httpListH, goal: 0.9 },
    { subject: cases.restOne, reference: cases.httpOneH, goal: 0.9 },
    { subject: cases.restList, reference: cases.httpList },
    { subject: cases.restOne, reference: cases.httpOne },
    { subject: cases.fastifyOne, reference: cases.httpOneH },
    { subject: cases.restOne, reference: cases.fastifyOne },
    { subject: cases.restListChecked, reference: cases.httpListH },
    { subject: cases.restOneChecked, reference: cases.httpOneH },
    { subject: cases.trpcList, reference: cases.restList, goal: 0.3 },
    { subject: cases.restPost, reference: cases.rawPost, goal: 0.9 },
    { subject: cases.rawPost, reference: cases.httpList },
    { subject: cases.dbList, reference: cases.httpListH },
  ];
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s per ` +
      `measurement, ${ROUNDS} rounds, median of per-round ratios`,
  );
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  };
  const rows = pairs.map((pair) => ({
    ...pair,
    ratios: [] as number[],
    rates: [] as number[],
    refs: [] as number[],
  }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const row of rows) {
      await measure(row.reference, WARMUP_S, false);
      const reference = await measure(row.reference, DURATION_S);
      await measure(row.subject, WARMUP_S, false);
      const subject = await measure(row.subject, DURATION_S);
      row.rates.push(subject);
      row.refs.push(reference);
      row.ratios.push(subject / reference);
    }
  }
  console.log('');
  for (const row of rows) {
    const ratio = median(row.ratios);
    const verdict =
      row.goal === undefined
        ? ''
        : ratio >= row.goal
          ? `  goal >= ${row.goal}: met`
          : `  goal >= ${row.goal}: MISSED by ${(row.goal - ratio).toFixed(2)}`;
    console.log(
      `${row.subject.name.padEnd(30)} ${median(row.rates).toFixed(0).padStart(7)} req/s  ` +
        `${ratio.toFixed(2)} x ${row.reference.name} (${median(row.refs).toFixed(0)} req/s)${verdict}`,
    );
  }
} finally {
  stopAll();
}
