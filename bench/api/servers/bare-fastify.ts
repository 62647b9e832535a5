// Bare Fastify: the API's GET routes (same paths, same data, same headers from BENCH_HEADERS
// set in one sync onRequest hook, the same bodies from BENCH_PAGE/BENCH_TASK) with nothing of ours: no validation, no rate limit, no
// response schema (Fastify's default JSON.stringify), no logger. Splits what the framework
// costs from what the API adds on top of it.
import Fastify from 'fastify';
import { referencePayloads } from '../fixtures.js';
import { announce } from './ready.js';

const headers = JSON.parse(process.env.BENCH_HEADERS ?? '{}') as Record<string, string>;
const { page, task } = referencePayloads();
const app = Fastify({ logger: false });
app.addHook('onRequest', (_request, reply, done) => {
  reply.headers(headers);
  done();
});
app.get('/api/v1/tasks', async () => page);
app.get('/api/v1/tasks/:taskId', async () => task);

await app.listen({ host: '127.0.0.1', port: 0 });
announce(app.server.address());
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
