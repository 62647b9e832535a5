// `pnpm --filter @acme/bench api`: req/s of the API next to bare Fastify and bare node:http,
// measured in one run. Servers run in child processes (one core for the server, one for autocannon); cases
// alternate between them so drifting machine load hits both sides alike. Not a test.
//
// Fairness of the reference: the API sends helmet's security headers and rate-limit counters
// on every answer. The GET goals (issue 20: >= 0.90) compare against bare Fastify serving the
// same routes with those same headers (copied from a probe of the API at start) and nothing of
// ours; the bodies are checked byte for byte before anything is measured. node:http sending
// the same headers, and its minimal answer (content type only), are printed too: they split
// the framework's cost from the API's, so nobody reads the headers' cost as ours or as absent.

import { DEMO_ACCOUNT } from '@acme/api';
import { createBody } from './fixtures.js';
import {
  type Case,
  CONNECTIONS,
  checkSameBody,
  loadAverage,
  type Pair,
  probe,
  report,
  runPairs,
  startServer,
  stopAll,
} from './harness.js';

// Many short alternations beat a few long ones on a shared machine (harness.ts says why);
// the defaults keep the whole run near 4.5 minutes.
const WARMUP_S = Number(process.env.BENCH_WARMUP_S ?? 1);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 1);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
/** Comma-separated parts of pair names ("subject / reference") to run only those pairs. */
const ONLY = (process.env.BENCH_ONLY ?? '').split(',').filter(Boolean);

/** The headers the API sends on a 200 besides the ones every HTTP server sends. */
async function headersOf(url: string): Promise<Record<string, string>> {
  const response = await fetch(url);
  await response.arrayBuffer();
  const ordinary = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);
  return Object.fromEntries([...response.headers].filter(([name]) => !ordinary.has(name)));
}

try {
  const api = await startServer('api.ts', ['memory']);
  const taskId = '00000000-0000-4000-8000-000000001001';
  const text = async (path: string) => (await fetch(`${api.url}${path}`)).text();
  const sameHeaders = {
    BENCH_HEADERS: JSON.stringify(await headersOf(`${api.url}/api/v1/health`)),
    // The API's bodies, sent by the references as they are (serialized per request).
    BENCH_PAGE: await text('/api/v1/tasks'),
    BENCH_TASK: await text(`/api/v1/tasks/${taskId}`),
  };
  const baseline = await startServer('baseline.ts', [], sameHeaders);
  const fastify = await startServer('bare-fastify.ts', [], sameHeaders);
  const checked = await startServer('api.ts', ['memory', 'validated']);
  const db = await startServer('api.ts', ['pglite']);
  // The same API with the app-version handshake on (a minimum set): issue 19's <= 3 % goal.
  const gated = await startServer('api.ts', ['memory'], { BENCH_MIN_APP_VERSION: '1.0.0' });
  // The same API checking real sessions (issue 18: a signed-in GET >= 0.85 of the same GET
  // without the check); the token is the demo account's, from a real log-in.
  const sessions = await startServer('api.ts', ['memory'], { BENCH_AUTH: 'sessions' });
  const logIn = await fetch(`${sessions.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO_ACCOUNT),
  });
  if (logIn.status !== 200) throw new Error(`bench log-in: ${logIn.status} ${await logIn.text()}`);
  const { token } = (await logIn.json()) as { token: string };

  const body = JSON.stringify(createBody);
  const trpcInput = encodeURIComponent(JSON.stringify({ limit: 20 }));
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
    fastifyList: {
      name: 'bare Fastify GET /tasks',
      server: fastify,
      path: '/api/v1/tasks',
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
    gatedOne: {
      name: 'REST GET /tasks/{id}, handshake on, x-app-version sent',
      server: gated,
      path: `/api/v1/tasks/${taskId}`,
      headers: { 'x-app-version': '2.3.1+48', 'x-contract-version': '0.1.0' },
      expectStatus: 200,
    },
    gatedOneAnonymous: {
      name: 'REST GET /tasks/{id}, handshake on, no header',
      server: gated,
      path: `/api/v1/tasks/${taskId}`,
      expectStatus: 200,
    },
    signedInOne: {
      name: 'REST GET /tasks/{id}, session checked',
      server: sessions,
      path: `/api/v1/tasks/${taskId}`,
      headers: { authorization: `Bearer ${token}` },
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
  // "Same bytes": the goal pairs' references send exactly the API's bodies.
  await checkSameBody(cases.restList, cases.fastifyList);
  await checkSameBody(cases.restOne, cases.fastifyOne);
  await checkSameBody(cases.restList, cases.httpListH);
  await checkSameBody(cases.restOne, cases.httpOneH);

  // Goals (issue 20, goal 1): REST GET one task and the page >= 0.90 of bare Fastify, same
  // route, headers and bytes; validated POST >= 0.90 of the same route unvalidated. tRPC >= 0.30
  // of REST for the same handler. Rows without a goal explain the others (node:http with and
  // without the headers, the framework's own cost, development-mode checks).
  const pairs: Pair[] = [
    { subject: cases.restList, reference: cases.fastifyList, goal: 0.9 },
    { subject: cases.restOne, reference: cases.fastifyOne, goal: 0.9 },
    { subject: cases.restPost, reference: cases.rawPost, goal: 0.9 },
    { subject: cases.restList, reference: cases.httpListH },
    { subject: cases.restOne, reference: cases.httpOneH },
    { subject: cases.restList, reference: cases.httpList },
    { subject: cases.restOne, reference: cases.httpOne },
    { subject: cases.fastifyList, reference: cases.httpListH },
    { subject: cases.fastifyOne, reference: cases.httpOneH },
    { subject: cases.restListChecked, reference: cases.httpListH },
    { subject: cases.restOneChecked, reference: cases.httpOneH },
    { subject: cases.trpcList, reference: cases.restList, goal: 0.3 },
    { subject: cases.rawPost, reference: cases.httpList },
    { subject: cases.dbList, reference: cases.httpListH },
    // The handshake: a client that sends its version against one that does not (goal: <= 3 %
    // of a GET's throughput), and the hook's cost for clients without the header.
    { subject: cases.gatedOne, reference: cases.gatedOneAnonymous, goal: 0.97 },
    { subject: cases.gatedOneAnonymous, reference: cases.restOne },
    // Sign-in: the cached session lookup of every signed-in call (issue 18: >= 0.85).
    { subject: cases.signedInOne, reference: cases.restOne, goal: 0.85 },
    { subject: cases.signedInOne, reference: cases.fastifyOne },
  ].filter(
    ({ subject, reference }) =>
      ONLY.length === 0 ||
      ONLY.some((part) => `${subject.name} / ${reference.name}`.includes(part)),
  );
  console.log(
    `autocannon: ${CONNECTIONS} connections; ${WARMUP_S} s warm-up of each case, then ${ROUNDS} ` +
      `rounds of ${DURATION_S} s per side, order alternating; medians of per-round ratios. ` +
      `Load average ${loadAverage()}`,
  );
  const started = Date.now();
  const results = await runPairs(pairs, {
    rounds: ROUNDS,
    seconds: DURATION_S,
    warmupSeconds: WARMUP_S,
  });
  console.log('');
  report(results);
  console.log(
    `\n${((Date.now() - started) / 1000).toFixed(0)} s of measurement; load average ${loadAverage()}. ` +
      'us/req: server CPU time per request; busy: share of a core it used; ' +
      'cpu ratio: reference us/req / subject us/req.',
  );
} finally {
  stopAll();
}
