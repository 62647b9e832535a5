// The API as built by buildServer in production mode, with in-memory handlers (argument
// `memory`) or the real services on in-memory PGlite (`pglite`); a second argument
// `validated` turns on the Zod check of every response (the development/test default).
// Rate limiting stays on, with a ceiling the benchmark cannot reach, so its cost is in.
// BENCH_API_SRC (ab.ts) loads another copy of the API's sources instead of the workspace's.
// Signed-in routes: by default every call passes as one fixed user (the API without the
// session lookup: the routes as they cost before sign-in); BENCH_AUTH=sessions keeps the real
// session check (a client logs in first and sends its token).
import { buildContractSchemas, CreateTaskInput, REST_PREFIX, routes } from '@acme/contract';
import { createBody, createdTask, memoryOperations } from '../fixtures.js';
import { announce } from './ready.js';

const { buildServer, parseConfig } = (await import(
  process.env.BENCH_API_SRC ?? '@acme/api'
)) as typeof import('@acme/api');

const [mode, validation] = process.argv.slice(2);
if (mode !== 'memory' && mode !== 'pglite')
  throw new Error(`usage: api.ts memory|pglite (got ${mode})`);

const config = parseConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  PGLITE_DATA_DIR: 'memory://',
  RATE_LIMIT_MAX: '10000000',
  VALIDATE_RESPONSES: validation === 'validated' ? 'true' : 'false',
  // ab.ts: settings of one side of an A/B (e.g. {"RATE_LIMIT_ENABLED":"false"}).
  ...(JSON.parse(process.env.BENCH_API_CONFIG ?? '{}') as Record<string, string>),
});
// BENCH_MIN_APP_VERSION: the app-version handshake on, retiring versions below it.
const minimum = process.env.BENCH_MIN_APP_VERSION;
const fixedCaller = {
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    email: 'bench@example.com',
    displayName: 'Bench',
    avatarUrl: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  sessionId: '00000000-0000-4000-8000-000000000002',
  tokenHash: '0'.repeat(64),
  expiresAt: new Date(Date.now() + 86_400_000),
};
const app = await buildServer(config, {
  ...(mode === 'memory' ? { operations: memoryOperations } : {}),
  ...(process.env.BENCH_AUTH === 'sessions' ? {} : { authenticate: () => fixedCaller }),
  ...(minimum
    ? { appVersionPolicy: { contractVersion: '0.0.0', minimumSupportedVersion: minimum } }
    : {}),
});

// The comparison variant for POST: the same handler and the same response serialization,
// but no request validation at all: the parsed body is trusted and laid over defaults
// computed once at start (what validation would otherwise fill in per request).
const defaults = CreateTaskInput.parse(createBody);
const contract = buildContractSchemas(routes);
const taskOutput = {
  ...contract.components.Task,
  components: { schemas: contract.components },
};
await app.register(async (scope) => {
  scope.post(
    `${REST_PREFIX}/unvalidated/tasks`,
    { schema: { response: { 201: taskOutput } } },
    async (request, reply) => {
      reply.code(201);
      return createdTask({ ...defaults, ...(request.body as typeof defaults) });
    },
  );
});

await app.listen({ host: '127.0.0.1', port: 0 });
announce(app.server.address());
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
