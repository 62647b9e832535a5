// The reference point: bare node:http sending the same data as the API, serialized per
// request with JSON.stringify (as any handler must), with no framework around it.
// `/list` and `/one` send only a content type (the minimal answer); `/list-headers` and
// `/one-headers` also send the headers the API sends on every answer (security headers and
// rate-limit counters, given by run.ts in BENCH_HEADERS), so the bytes on the wire match.
import { createServer } from 'node:http';
import { referencePayloads } from '../fixtures.js';
import { announce } from './ready.js';

const { page, task } = referencePayloads();
const sameHeaders = JSON.parse(process.env.BENCH_HEADERS ?? '{}') as Record<string, string>;
const minimal = { 'content-type': 'application/json; charset=utf-8' };
const full = { ...sameHeaders, ...minimal };

const routes: Record<string, { payload: unknown; headers: Record<string, string> }> = {
  '/list': { payload: page, headers: minimal },
  '/one': { payload: task, headers: minimal },
  '/list-headers': { payload: page, headers: full },
  '/one-headers': { payload: task, headers: full },
};

const server = createServer((request, response) => {
  const route = routes[request.url ?? ''];
  if (route === undefined) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, route.headers).end(JSON.stringify(route.payload));
});
server.listen(0, '127.0.0.1', () => announce(server.address()));
