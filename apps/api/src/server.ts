import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { AppConfig } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { isEmpty, seedDatabase } from './db/seed.js';
import { docsRoutes } from './http/docs.js';
import {
  frameworkErrorHandler,
  installErrorHandler,
  installNotFoundHandler,
} from './http/error-handler.js';
import { enforceRequestDeadline } from './http/request-deadline.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { operations as defaultOperations, type Operations } from './operations.js';
import { restRoutes } from './rest/register-routes.js';
import { TRPC_PREFIX, trpcErrorBody, trpcRoutes } from './trpc/plugin.js';

export interface ServerOptions {
  /** Replaces some handlers (benchmarks, fault-injection tests); defaults to the services. */
  operations?: Partial<Operations>;
  /** An already open database the caller keeps ownership of (not closed with the server). */
  database?: Database;
}

export interface AppServer extends FastifyInstance {
  readonly database: Database;
}

/**
 * Builds the whole API without listening: opens and migrates the database, seeds an empty one
 * when configured to, and registers REST, tRPC and the docs. Closing the server closes the
 * database it opened.
 */
export async function buildServer(
  config: AppConfig,
  options: ServerOptions = {},
): Promise<AppServer> {
  const production = config.env === 'production';
  const database = options.database ?? (await openDatabase(config.database));
  const app = Fastify({
    // A silent pino logger still builds a child logger per request; no logger builds none.
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: config.bodyLimitBytes,
    // Node's defaults let a slow client hold a socket forever; bound every phase.
    requestTimeout: config.requestTimeoutMs,
    connectionTimeout: config.connectionTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    // Node enforces requestTimeout only when it sweeps its connections, every 30 s by default:
    // a client sending a byte now and then would hold its socket up to 30 s past the limit.
    http: { connectionsCheckingInterval: Math.min(1000, config.requestTimeoutMs) },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    return503OnClosing: true,
    frameworkErrors: frameworkErrorHandler((url) =>
      url.startsWith(`${TRPC_PREFIX}/`) ? trpcErrorBody : (apiError) => apiError,
    ),
  });
  enforceRequestDeadline(app.server, config.requestTimeoutMs);
  if (!options.database) app.addHook('onClose', () => database.close());
  app.decorate('database', database);
  try {
    if (config.seed === 'auto' && (await isEmpty(database.db))) {
      await seedDatabase(database.db);
      app.log.info('Seeded the empty database with example data');
    }
    await installSecurityHeaders(app);
    // Without configured origins no cross-origin request is allowed, which is also what the
    // absence of CORS headers means; skipping the plugin spares its hook on every request.
    if (config.corsOrigins.length > 0) await app.register(cors, { origin: config.corsOrigins });
    // The library, not a hand-rolled counter: a deployment of several instances swaps in its
    // shared store (Redis) by configuration. Its async hook is ~6 % of a small GET's CPU; a
    // synchronous in-house limiter was tried and backed out for that reason (PERFORMANCE.md).
    if (config.rateLimit.enabled) {
      await app.register(rateLimit, {
        global: true,
        max: config.rateLimit.max,
        timeWindow: config.rateLimit.windowMs,
      });
    }
    installErrorHandler(app, production);
    installNotFoundHandler(app);

    const context = { database };
    const handlers = { ...defaultOperations, ...options.operations } as Operations;
    const shared = { operations: handlers, context, validateResponses: config.validateResponses };
    await app.register(restRoutes, shared);
    await app.register(trpcRoutes, {
      ...shared,
      production,
      maxBatchSize: config.trpcMaxBatchSize,
    });
    await app.register(docsRoutes);
  } catch (error) {
    await app.close();
    throw error;
  }
  return app as unknown as AppServer;
}
