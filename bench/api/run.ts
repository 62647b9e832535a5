// `pnpm --filter @acme/bench api`: req/s of the API next to bare node:http, measured in one
// run. Servers run in child processes (one core for the server, one for autocannon); cases
// alternate between them so drifting machine load hits both sides alike. Not a test.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createBody } from './fixtures.js';

const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 2);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

interface Server {
  url: string;
  child: ChildProcess;
}

function startServer(script: string, ...args: string[]): Promise<Server> {
  const file = fileURLToPath(new URL(`./servers/${script}`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
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

async function measure(c: Case, seconds: number): Promise<number> {
  const result = await autocannon({
    url: `${c.server.url}${c.path}`,
    method: c.method ?? 'GET',
    connections: CONNECTIONS,
    duration: seconds,
    ...(c.body ? { body: c.body, headers: { 'content-type': 'application/json' } } : {}),
  });
  // A benchmark of error responses measures nothing: refuse it loudly.
  const failed = result.errors + result.timeouts + result.non2xx;
  if (failed > 0 || result.requests.total === 0) {
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

try {
  const baseline = await startServer('baseline.ts');
  servers.push(baseline);
  const api = await startServer('api.ts', 'memory');
  servers.push(api);
  const checked = await startServer('api.ts', 'memory', 'validated');
  servers.push(checked);
  const db = await startServer('api.ts', 'pglite');
  servers.push(db);

  const body = JSON.stringify(createBody);
  const trpcInput = encodeURIComponent(JSON.stringify({ limit: 20 }));
  const taskId = '00000000-0000-4000-8000-000000001001';
  const cases = {
    httpList: { name: 'node:http list', server: baseline, path: '/list', expectStatus: 200 },
    httpOne: { name: 'node:http one', server: baseline, path: '/one', expectStatus: 200 },
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

  // Interleaved order: each API case runs right after the baseline it is compared with.
  const order: Case[] = [
    cases.httpList,
    cases.restList,
    cases.trpcList,
    cases.restListChecked,
    cases.httpOne,
    cases.restOne,
    cases.restOneChecked,
    cases.rawPost,
    cases.restPost,
    cases.httpList,
    cases.restList,
    cases.httpOne,
    cases.restOne,
    cases.restPost,
    cases.rawPost,
    cases.dbList,
  ];
  const results = new Map<string, number[]>();
  console.log(
    `autocannon: ${CONNECTIONS} connections, ${WARMUP_S} s warm-up + ${DURATION_S} s per case`,
  );
  for (const c of order) {
    await measure(c, WARMUP_S);
    const rps = await measure(c, DURATION_S);
    results.set(c.name, [...(results.get(c.name) ?? []), rps]);
  }
  const rate = (c: Case) => {
    const values = results.get(c.name) ?? [];
    return values.reduce((a, b) => a + b, 0) / values.length;
  };
  const row = (label: string, value: number, ratio?: string) =>
    console.log(
      `${label.padEnd(28)} ${value.toFixed(0).padStart(8)} req/s${ratio ? `   ${ratio}` : ''}`,
    );
  const ratio = (a: Case, b: Case, goal?: number) => {
    const r = rate(a) / rate(b);
    const verdict =
      goal === undefined
        ? ''
        : r >= goal
          ? `  (goal >= ${goal}: met)`
          : `  (goal >= ${goal}: MISSED by ${(goal - r).toFixed(2)})`;
    return `${r.toFixed(2)} x ${b.name}${verdict}`;
  };
  console.log('');
  row(cases.httpList.name, rate(cases.httpList));
  row(cases.httpOne.name, rate(cases.httpOne));
  row(cases.restList.name, rate(cases.restList), ratio(cases.restList, cases.httpList, 0.9));
  row(cases.restOne.name, rate(cases.restOne), ratio(cases.restOne, cases.httpOne, 0.9));
  row(
    cases.restListChecked.name,
    rate(cases.restListChecked),
    ratio(cases.restListChecked, cases.httpList, 0.9),
  );
  row(
    cases.restOneChecked.name,
    rate(cases.restOneChecked),
    ratio(cases.restOneChecked, cases.httpOne, 0.9),
  );
  row(cases.trpcList.name, rate(cases.trpcList), ratio(cases.trpcList, cases.httpList));
  row(cases.restPost.name, rate(cases.restPost), ratio(cases.restPost, cases.httpList));
  row(cases.rawPost.name, rate(cases.rawPost), ratio(cases.rawPost, cases.httpList));
  console.log(`POST validated / unvalidated: ${ratio(cases.restPost, cases.rawPost, 0.8)}`);
  row(cases.dbList.name, rate(cases.dbList), ratio(cases.dbList, cases.httpList));
} finally {
  stopAll();
}
