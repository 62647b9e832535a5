/// <reference path="./rate-limit-store.d.ts" />
import { type FastifyRateLimitStore, normalizeIP } from '@fastify/rate-limit';
import LocalStore from '@fastify/rate-limit/store/LocalStore.js';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
  /**
   * Where the counters live: any store of @fastify/rate-limit's store interface. Defaults to
   * the library's own in-process LRU store (5,000 clients). Several instances behind one
   * balancer share one limit through the library's RedisStore
   * (`new RedisStore(false, false, redis)` from `@fastify/rate-limit/store/RedisStore.js`,
   * what its `redis` option builds), or any other store that implements `incr`.
   */
  store?: FastifyRateLimitStore;
}

/** What @fastify/rate-limit answers past the limit; the error handler turns it into RATE_LIMITED. */
class RateLimited extends Error {
  readonly statusCode = 429;
}

/** The library's words for a wait (@lukeed/ms's long format): "30 seconds", "1 minute". */
export function waitInWords(seconds: number): string {
  if (seconds <= 0) return `${seconds * 1000} ms`;
  for (const [size, unit] of [
    [86_400, 'day'],
    [3_600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ] as const) {
    if (seconds >= size) {
      const count = Math.round(seconds / size);
      return `${count} ${unit}${count === 1 ? '' : 's'}`;
    }
  }
  return `${seconds} seconds`;
}

/** The library's key (its default keyGenerator): the peer address, an IPv6 one per /64. */
const keyOf = (ip: string) => (ip.includes(':') ? normalizeIP(ip, 64) : ip);

/**
 * @fastify/rate-limit's fixed window, with the library's store and the library's headers,
 * driven from a callback-style onRequest hook.
 *
 * The plugin's own hook is an async function that awaits an async helper that awaits a
 * promise around the store's callback: three promises and their microtask turns per request,
 * whether the store answers at once (the in-process LRU) or over the network. Here the hook
 * passes Fastify's `done` on from the store's callback, so the in-process store answers
 * synchronously and a networked one (Redis) asynchronously, with the same semantics: count,
 * then `x-ratelimit-limit`, `x-ratelimit-remaining`, `x-ratelimit-reset` on every answer,
 * and past the limit a 429 with `retry-after` in whole seconds. A store error fails the
 * request (the plugin's default, skipOnError false). Routes get the hook as the plugin gives
 * it (every route; not the 404 handler).
 */
export function installRateLimit(app: FastifyInstance, options: RateLimitOptions): void {
  const { max, windowMs } = options;
  const store: FastifyRateLimitStore = options.store ?? new LocalStore(false, false, 5000);
  const hook: onRequestHookHandler = (request, reply, done) => {
    store.incr(
      keyOf(request.ip),
      (error, result) => {
        if (error || result === undefined) {
          done(error ?? new Error('The rate-limit store answered nothing'));
          return;
        }
        const seconds = Math.ceil(result.ttl / 1000);
        if (result.current <= max) {
          reply.header('x-ratelimit-limit', max);
          reply.header('x-ratelimit-remaining', max - result.current);
          reply.header('x-ratelimit-reset', seconds);
          done();
          return;
        }
        reply.header('x-ratelimit-limit', max);
        reply.header('x-ratelimit-remaining', 0);
        reply.header('x-ratelimit-reset', seconds);
        reply.header('retry-after', seconds);
        done(new RateLimited(`Rate limit exceeded, retry in ${waitInWords(seconds)}`));
      },
      windowMs,
      max,
    );
  };
  app.addHook('onRoute', (route) => {
    const existing = route.onRequest;
    route.onRequest =
      existing === undefined
        ? [hook]
        : Array.isArray(existing)
          ? [...existing, hook]
          : [existing, hook];
  });
}
