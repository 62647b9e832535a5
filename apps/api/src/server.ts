import type { ApiError } from '@acme/contract';
import cors from '@fastify/cors';
import Fastify, { type FastifyInstance } from 'fastify';
import { type Authenticate, authenticator } from './auth/authenticate.js';
import { SessionStore } from './auth/session-store.js';
import { SignInLimiter } from './auth/sign-in-limiter.js';
import type { AppConfig } from './config.js';
import { type Database, openDatabase } from './db/database.js';
import { sqlStateOf, UNIQUE_VIOLATION } from './db/errors.js';
import { isEmpty, seedDatabase } from './db/seed.js';
import {
  type AppVersionPolicy,
  installAppVersionGate,
  loadAppVersionPolicy,
} from './http/app-version-gate.js';
import { docsRoutes } from './http/docs.js';
import {
  frameworkErrorHandler,
  installErrorHandler,
  installNotFoundHandler,
} from './http/error-handler.js';
import { installRateLimit, type RateLimitOptions } from './http/rate-limit.js';
import { clientErrorHandler, refuseWhileClosing } from './http/raw-errors.js';
import { enforceRequestDeadline } from './http/request-deadline.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { ShutdownDrain } from './http/shutdown-drain.js';
import { operations as defaultOperations, type Operations } from './operations.js';
import { restRoutes } from './rest/register-routes.js';
import { batchTooLarge, maxBatchPathLength } from './trpc/batch.js';
import { TRPC_PREFIX, trpcErrorBody, trpcRoutes } from './trpc/plugin.js';

/** The longest a shutdown waits for open keep-alive connections to hear the 503 and go. */
const SHUTDOWN_LINGER_MS = 1000;

export interface ServerOptions {
  /** Replaces some handlers (benchmarks, fault-injection tests); defaults to the services. */
  operations?: Partial<Operations>;
  /** An already open database the caller keeps ownership of (not closed with the server). */
  database?: Database;
  /** The app-version policy instead of the generated one (tests, benchmarks). */
  appVersionPolicy?: AppVersionPolicy;
  /**
   * The rate limiter's store (any @fastify/rate-limit store, e.g. its RedisStore to share one
   * limit between instances); defaults to the library's in-process LRU store.
   */
  rateLimitStore?: RateLimitOptions['store'];
  /**
   * Replaces the session check of signed-in routes (benchmarks: the same route with and
   * without the session lookup).
   */
  authenticate?: Authenticate;
  /** Where log lines go instead of stdout (tests that read the log). */
  logStream?: { write(line: string): void };
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
  // Checked before anything opens: a bad policy stops the start with the setting named.
  const appVersionPolicy = options.appVersionPolicy ?? loadAppVersionPolicy();
  const database = options.database ?? (await openDatabase(config.database));
  const renderFor = (url: string) =>
    url.startsWith(`${TRPC_PREFIX}/`) ? trpcErrorBody : (apiError: ApiError) => apiError;
  const drain = new ShutdownDrain({
    // Node's defaults let a slow client hold a socket forever; bound every phase.
    requestTimeoutMs: config.requestTimeoutMs,
    connectionTimeoutMs: config.connectionTimeoutMs,
    keepAliveTimeoutMs: config.keepAliveTimeoutMs,
    // Node enforces requestTimeout only when it sweeps its connections, every 30 s by default:
    // a client sending a byte now and then would hold its socket up to 30 s past the limit.
    connectionsCheckingIntervalMs: Math.min(1000, config.requestTimeoutMs),
    lingerMs: Math.min(SHUTDOWN_LINGER_MS, Math.floor(config.shutdownGraceMs / 4)),
    refuse: refuseWhileClosing(renderFor),
  });
  const app = Fastify({
    // A silent pino logger still builds a child logger per request; no logger builds none.
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, ...(options.logStream && { stream: options.logStream }) },
    bodyLimit: config.bodyLimitBytes,
    serverFactory: drain.serverFactory,
    // Path parameters are bounded by the contract (ids) or this: a full tRPC batch's path.
    routerOptions: { maxParamLength: maxBatchPathLength(config.trpcMaxBatchSize) },
    onProtoPoisoning: 'error',
    onConstructorPoisoning: 'error',
    // ShutdownDrain answers those, in the shared shape, and lets keep-alive clients hear it.
    return503OnClosing: false,
    clientErrorHandler,
    frameworkErrors: frameworkErrorHandler(renderFor, (url) =>
      url.startsWith(`${TRPC_PREFIX}/`) ? batchTooLarge(config.trpcMaxBatchSize) : undefined,
    ),
  });
  app.addHook('preClose', async () => {
    await drain.start();
    if (drain.refused > 0)
      app.log.info({ refused: drain.refused }, 'refused requests while closing');
  });
  enforceRequestDeadline(app.server, config.requestTimeoutMs);
  if (!options.database) app.addHook('onClose', () => database.close());
  app.decorate('database', database);
  try {
    if (config.seed === 'auto' && (await isEmpty(database.db))) {
      try {
        await seedDatabase(database.db);
        app.log.info('Seeded the empty database with example data');
      } catch (error) {
        // Two instances starting together on an empty database both found it empty; the
        // seed is one transaction, and the demo account's address is unique: one wins whole.
        if (sqlStateOf(error) !== UNIQUE_VIOLATION) throw error;
        app.log.info('Another instance seeded the empty database meanwhile');
      }
    }
    await installSecurityHeaders(app);
    // Without configured origins no cross-origin request is allowed, which is also what the
    // absence of CORS headers means; skipping the plugin spares its hook on every request.
    if (config.corsOrigins.length > 0) await app.register(cors, { origin: config.corsOrigins });
    // @fastify/rate-limit's store and semantics; a deployment of several instances passes its
    // shared store (RedisStore). The plugin's async hook (three promises per request) is
    // replaced by a callback hook around the same store: see http/rate-limit.ts.
    if (config.rateLimit.enabled) {
      installRateLimit(app, {
        max: config.rateLimit.max,
        windowMs: config.rateLimit.windowMs,
        ...(options.rateLimitStore && { store: options.rateLimitStore }),
      });
    }
    installErrorHandler(app, production);
    installNotFoundHandler(app);
    installAppVersionGate(app, appVersionPolicy);

    const sessions = new SessionStore(database.db, config.sessions);
    const context = {
      database,
      auth: { sessions, limiter: new SignInLimiter(config.signInLimits) },
    };
    const handlers = { ...defaultOperations, ...options.operations } as Operations;
    const shared = {
      operations: handlers,
      context,
      authenticate: options.authenticate ?? authenticator(sessions),
      validateResponses: config.validateResponses,
    };
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
