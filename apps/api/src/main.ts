// Entry point of `pnpm dev` / `pnpm start`: listen, print where things are, close gracefully.
import { REST_PREFIX } from '@acme/contract';
import closeWithGrace from 'close-with-grace';
import { loadConfig } from './config.js';
import { exitOnStartupError } from './exit-on-startup-error.js';
import { DOCS_PATH } from './http/docs.js';
import { buildServer } from './server.js';
import { StartupError } from './startup-error.js';
import { TRPC_PREFIX } from './trpc/plugin.js';

const config = await exitOnStartupError(loadConfig);
const app = await exitOnStartupError(() => buildServer(config));

// On SIGINT/SIGTERM or a crash: stop accepting, let in-flight requests finish, close the
// database (an onClose hook of the server); give up after the grace period.
closeWithGrace({ delay: config.shutdownGraceMs, logger: app.log }, async ({ err, signal }) => {
  if (err) app.log.error({ err }, 'shutting down after an error');
  else app.log.info({ signal }, 'shutting down');
  await app.close();
});

await exitOnStartupError(async () => {
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    throw listenError(error);
  }
});
const address = app.server.address();
const port = typeof address === 'object' && address !== null ? address.port : config.port;
// A wildcard bind is reachable on localhost; print a URL one can click.
const shownHost = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
const base = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
console.log(`API:  ${base}${REST_PREFIX}  (database: ${app.database.driver})`);
console.log(`Docs: ${base}${DOCS_PATH}  (OpenAPI: ${base}/openapi.json)`);
console.log(`tRPC: ${base}${TRPC_PREFIX}`);

/** A listen failure the operator can fix, named by its setting. */
function listenError(error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  const where = `${config.host}:${config.port}`;
  if (code === 'EADDRINUSE') {
    return new StartupError(
      'PORT',
      `${where} is already in use; stop that process or set another PORT.`,
    );
  }
  if (code === 'EACCES') {
    return new StartupError(
      'PORT',
      `${where} needs privileges this process lacks; use a PORT above 1023.`,
    );
  }
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
    return new StartupError(
      'HOST',
      `${config.host} is not an address of this machine (${code}); fix HOST.`,
    );
  }
  return error;
}
