import helmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';

/** Helmet's defaults, minus the https upgrade: it breaks /docs over plain http on a LAN. */
const helmetOptions = {
  contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
} as const;

/** Headers every response carries anyway; not part of what helmet adds. */
const ordinary = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The headers @fastify/helmet sets with our options, found by running the plugin once on a
 * throwaway instance. They do not depend on the request; the plugin, however, rebuilds helmet's
 * middleware on every request (about a tenth of the CPU of a small GET in bench/api).
 */
async function helmetHeaders(): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, helmetOptions);
  probe.get('/', async () => ({}));
  const response = await probe.inject({ url: '/' });
  await probe.close();
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    if (!ordinary.has(name) && typeof value === 'string') headers[name] = value;
  }
  return headers;
}

/**
 * Sends helmet's security headers on every response of the server (errors and 404s included)
 * as one precomputed set; nothing in them varies per request.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  const headers = await helmetHeaders();
  if (!headers['content-security-policy'] || !headers['x-content-type-options']) {
    throw new Error('@fastify/helmet set no security headers on the probe request');
  }
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
