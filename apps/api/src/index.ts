// The public surface of @acme/api: other packages and tests import only these names.
export type { Authenticate } from './auth/authenticate.js';
export type { Caller } from './auth/caller.js';
export { type AppConfig, ConfigError, loadConfig, parseConfig } from './config.js';
export { DEMO_ACCOUNT } from './db/seed.js';
export type { Operations } from './operations.js';
export { type AppServer, buildServer, type ServerOptions } from './server.js';
export { type StartedServer, startServer } from './start-server.js';
export type { AppRouter } from './trpc/router.js';
