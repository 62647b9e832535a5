// The reference point: bare node:http sending the same data as the API, serialized per
// request with JSON.stringify (as any handler must), with no framework around it.
import { createServer } from 'node:http';
import { oneTask, taskPage } from '../fixtures.js';
import { announce } from './ready.js';

const payloads: Record<string, unknown> = { '/list': taskPage, '/one': oneTask };

const server = createServer((request, response) => {
  const payload = payloads[request.url ?? ''];
  if (payload === undefined) {
    response.writeHead(404).end();
    return;
  }
  response
    .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(payload));
});
server.listen(0, '127.0.0.1', () => announce(server.address()));
