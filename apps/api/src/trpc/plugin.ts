import { type ApiError, httpStatusOf } from '@acme/contract';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { installErrorHandler } from '../http/error-handler.js';
import { trpcCodeOf } from './errors.js';
import { type AppRouter, buildTrpcRouter, type TrpcRouterOptions } from './router.js';

export const TRPC_PREFIX = '/trpc';

export interface TrpcPluginOptions extends TrpcRouterOptions {
  maxBatchSize: number;
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
  // Procedures take JSON only; without a text/plain parser Fastify turns other media types
  // into a 400 (through the handler above) before tRPC would answer 415.
  app.removeContentTypeParser('text/plain');
  // The adapter also takes multipart/form-data bodies (for FormData procedures) past Fastify's
  // parsers; ours read JSON only, and such a body ended as a 500 inside tRPC.
  app.addHook('onRequest', async (request) => {
    const type = request.headers['content-type'];
    if (type !== undefined && !/^application\/json\s*(;|$)/i.test(type)) {
      const message = `Unsupported media type ${JSON.stringify(type.slice(0, 100))}; procedures take application/json`;
      throw new AppError('VALIDATION_FAILED', message, [{ location: 'body', path: '', message }]);
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
  const router = buildTrpcRouter(options);
  await app.register(fastifyTRPCPlugin, {
    prefix: TRPC_PREFIX,
    trpcOptions: {
      router,
      maxBatchSize: options.maxBatchSize,
      onError: ({ error, req }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR')
          req.log.error({ err: error.cause ?? error }, 'tRPC call failed');
      },
    },
  } satisfies FastifyTRPCPluginOptions<AppRouter>);
}
