// Entry point of `pnpm dev` / `pnpm start`: listen, print where things are, close gracefully.
import { REST_PREFIX } from '@acme/contract';
import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from './config.js';
import { DOCS_PATH } from './http/docs.js';
import { buildServer } from './server.js';
import { TRPC_PREFIX } from './trpc/plugin.js';

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  // A configuration mistake is the user's to fix: the message names the variable, no stack.
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const app = await buildServer(config);

// On SIGINT/SIGTERM or a crash: stop accepting, let in-flight requests finish, close the
// database (an onClose hook of the server); give up after the grace period.
closeWithGrace({ delay: config.shutdownGraceMs, logger: app.log }, async ({ err, signal }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
});

await app.listen({ host: config.host, port: config.port });
const address = app.server.address();
const port = typeof address === 'object' && address !== null ? address.port : config.port;
// A wildcard bind is reachable on localhost; print a URL one can click.
const shownHost = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
const base = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
console.log(`API:  ${base}${REST_PREFIX}  (database: ${app.database.driver})`);
console.log(`Docs: ${base}${DOCS_PATH}  (OpenAPI: ${base}/openapi.json)`);
console.log(`tRPC: ${base}${TRPC_PREFIX}`);
