// The reference server: Fastify 5 (the API's own copy) with one route and nothing else, no
// database, no plugins. Plain JavaScript run by plain node, like the API's bundle.
import { createRequire } from 'node:module';

// The bench package does not depend on fastify itself; resolve the one the API uses.
const require = createRequire(new URL('../../../apps/api/package.json', import.meta.url));
const Fastify = require('fastify');

const app = Fastify({ logger: false });
app.get('/api/v1/health', async () => ({ status: 'ok' }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
