import { createTRPCClient, httpBatchLink, httpLink } from '@trpc/client';
import type { FastifyInstance } from 'fastify';
import type { AppRouter } from '../../src/index.js';

/** A fetch that hands requests to app.inject: the real tRPC client, without a socket. */
export function injectFetch(app: FastifyInstance): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const response = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: `${url.pathname}${url.search}`,
      headers,
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    return new Response(response.statusCode === 204 ? null : response.body, {
      status: response.statusCode,
      headers: response.headers as Record<string, string>,
    });
  };
}

/** The typed client web and other packages use, pointed at an in-process server. */
export function trpcClient(app: FastifyInstance, batch = false) {
  const options = { url: 'http://localhost/trpc', fetch: injectFetch(app) };
  return createTRPCClient<AppRouter>({
    links: [batch ? httpBatchLink({ ...options, maxItems: 100 }) : httpLink(options)],
  });
}
