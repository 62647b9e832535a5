import type { Socket } from 'node:net';
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

export interface RateLimitOptions {
  max: number;
  windowMs: number;
}

/** Clients tracked at once; past it the oldest window is dropped (the plugin's LRU held 5000). */
const MAX_CLIENTS = 50_000;

const clientKey = Symbol('rate-limit client key');
type KeyedSocket = Socket & { [clientKey]?: string };

/**
 * The client a request counts against: its address, an IPv6 one widened to its /64 subnet
 * (one host holds many addresses of it) by @fastify/rate-limit's own normalizeIP. The address
 * cannot change during a connection, so it is worked out once per socket, not per request.
 */
function keyOf(request: FastifyRequest): string {
  const socket = request.raw.socket as KeyedSocket;
  const cached = socket[clientKey];
  if (cached !== undefined) return cached;
  const key = normalizeIP(request.ip ?? 'unknown');
  socket[clientKey] = key;
  return key;
}

const retryText = (seconds: number) => (seconds === 1 ? '1 second' : `${seconds} seconds`);

/**
 * A fixed-window request counter per client, as @fastify/rate-limit's default store counts,
 * but checked synchronously inside one onRequest hook: the plugin's async hook, promise-wrapped
 * store and per-request IPv6 parsing were about 6 % of the CPU of a small GET. Same headers
 * (x-ratelimit-limit/-remaining/-reset on every answer, retry-after on a 429) and the same
 * 429 RATE_LIMITED error, rendered by the scope's error handler.
 *
 * Returns the check to call per request, and a stop function for the sweep timer.
 */
export function createRateLimit({ max, windowMs }: RateLimitOptions) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const limit = String(max);
  // Ended windows are dropped once per window, so the map holds only recent clients.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
  }, windowMs);
  sweep.unref();

  const check = (request: FastifyRequest, reply: FastifyReply): AppError | undefined => {
    const key = keyOf(request);
    const now = Date.now();
    let window = windows.get(key);
    if (window === undefined || window.resetAt <= now) {
      if (window === undefined && windows.size >= MAX_CLIENTS) {
        windows.delete(windows.keys().next().value as string);
      }
      window = { count: 0, resetAt: now + windowMs };
      windows.set(key, window);
    }
    window.count += 1;
    const seconds = Math.ceil((window.resetAt - now) / 1000);
    reply.header('x-ratelimit-limit', limit);
    if (window.count <= max) {
      reply.header('x-ratelimit-remaining', String(max - window.count));
      reply.header('x-ratelimit-reset', String(seconds));
      return undefined;
    }
    reply.header('x-ratelimit-remaining', '0');
    reply.header('x-ratelimit-reset', String(seconds));
    reply.header('retry-after', String(seconds));
    return new AppError('RATE_LIMITED', `Rate limit exceeded, retry in ${retryText(seconds)}`);
  };
  return { check, stop: () => clearInterval(sweep) };
}
