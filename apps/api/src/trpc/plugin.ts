import { type ApiError, httpStatusOf, type RouteDefinition, routes } from '@acme/contract';
import {
  type FastifyTRPCPluginOptions,
  fastifyRequestHandler,
} from '@trpc/server/adapters/fastify';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyInstance } from 'fastify';
import { deprecationHeaders } from '../http/deprecation.js';
import { BEARER_CHALLENGE, installErrorHandler } from '../http/error-handler.js';
import { decodeJsonText } from '../http/json-body.js';
import { assertBatchSize } from './batch.js';
import { trpcCodeOf } from './errors.js';
import { type AppRouter, buildTrpcRouter, type TrpcRouterOptions } from './router.js';

export const TRPC_PREFIX = '/trpc';

export interface TrpcPluginOptions extends TrpcRouterOptions {
  maxBatchSize: number;
  /** The contract's route table, or a variant of it (tests of per-route behaviour). */
  routeTable?: typeof routes;
}

/** The Deprecation/Sunset headers of each deprecated procedure, computed once. */
function deprecatedProcedures(table: typeof routes): Map<string, Record<string, string>> {
  const headers = new Map<string, Record<string, string>>();
  for (const [name, route] of Object.entries(table) as [string, RouteDefinition][]) {
    if (route.deprecated) headers.set(name, deprecationHeaders(name, route.deprecated));
  }
  return headers;
}

/** An ApiError in the envelope tRPC clients read errors from. */
export function trpcErrorBody(apiError: ApiError, status: number) {
  const code = trpcCodeOf[apiError.code];
  return {
    error: {
      code: TRPC_ERROR_CODES_BY_KEY[code],
      message: apiError.message,
      data: { code, httpStatus: status ?? httpStatusOf[apiError.code], apiError },
    },
  };
}

/**
 * Serves the router under /trpc. Failures that happen before tRPC runs (body too large, bad
 * content type, rate limit) still leave as a tRPC error envelope with the ApiError in `data`,
 * so tRPC clients read every failure the same way.
 */
export async function trpcRoutes(app: FastifyInstance, options: TrpcPluginOptions): Promise<void> {
  installErrorHandler(app, options.production, trpcErrorBody);
  // Bodies are read here, not by the adapter's own plugin: it registers a multipart parser
  // (ours take JSON only; such a body ended as a 500) and decodes malformed UTF-8 as U+FFFD.
  // Without a parser for them, other media types fail as 415 through the handler above.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      // The adapter passes a string body through to tRPC, which parses it once.
      done(null, decodeJsonText(body as Buffer));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  // tRPC answers a refused batch (mixed procedure types, too many calls) with a Fetch Response
  // holding its JSON error but no content type, which Response then calls text/plain.
  app.addHook('onSend', async (_request, _reply, payload) => {
    if (payload instanceof Response && payload.headers.get('content-type')?.startsWith('text/')) {
      payload.headers.set('content-type', 'application/json');
    }
    return payload;
  });
  const trpcOptions = {
    router: buildTrpcRouter(options),
    maxBatchSize: options.maxBatchSize,
    responseMeta: ({ errors }) =>
      errors.some((error) => error.code === 'UNAUTHORIZED')
        ? { headers: { 'www-authenticate': BEARER_CHALLENGE } }
        : {},
    createContext: ({ req }) => ({
      authorization: req.headers.authorization,
      clientAddress: req.ip,
    }),
    onError: ({ error, req }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        req.log.error({ err: error.cause ?? error }, 'tRPC call failed');
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'];
  const deprecated = deprecatedProcedures(options.routeTable ?? routes);
  app.all<{ Params: { path: string } }>(`${TRPC_PREFIX}/:path`, async (request, reply) => {
    assertBatchSize(request.params.path, options.maxBatchSize);
    if (deprecated.size > 0) {
      // A batch that calls a deprecated procedure answers with its headers, as REST does.
      const name = request.params.path.split(',').find((procedure) => deprecated.has(procedure));
      if (name !== undefined) reply.headers(deprecated.get(name) as Record<string, string>);
    }
    await fastifyRequestHandler({
      ...trpcOptions,
      req: request,
      res: reply,
      path: request.params.path,
    });
  });
}
