import type { FastifyError, FastifyInstance } from 'fastify';
import { createRateLimit, type RateLimitOptions } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';

/**
 * One synchronous onRequest hook for what every request of the server gets: helmet's
 * security headers and, when enabled, the rate limit. Every answer carries both (errors and
 * 404s included); a throttled request ends here as 429 RATE_LIMITED through the error handler
 * of its route's scope (the tRPC envelope under /trpc). One sync hook instead of a sync one
 * plus @fastify/rate-limit's async one: each hook costs Fastify a step per request, an async
 * one a promise and a microtask more.
 */
export async function installRequestHook(
  app: FastifyInstance,
  rateLimit: RateLimitOptions | undefined,
): Promise<void> {
  const headers = await securityHeaders();
  if (rateLimit === undefined) {
    app.addHook('onRequest', (_request, reply, done) => {
      reply.headers(headers);
      done();
    });
    return;
  }
  const limiter = createRateLimit(rateLimit);
  app.addHook('onClose', (_app, done) => {
    limiter.stop();
    done();
  });
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    done(limiter.check(request, reply) as FastifyError | undefined);
  });
}
