import { type ApiError, httpStatusOf } from '@acme/contract';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import type { FastifyInstance } from 'fastify';
import { installErrorHandler } from '../http/error-handler.js';
import { trpcCodeOf } from './errors.js';
import { type AppRouter, buildTrpcRouter, type TrpcRouterOptions } from './router.js';

export const TRPC_PREFIX = '/trpc';

export interface TrpcPluginOptions extends TrpcRouterOptions {
  maxBatchSize: number;
}

/**
 * Serves the router under /trpc. Failures that happen before tRPC runs (body too large, bad
 * content type, rate limit) still leave as a tRPC error envelope with the ApiError in `data`,
 * so tRPC clients read every failure the same way.
 */
export async function trpcRoutes(app: FastifyInstance, options: TrpcPluginOptions): Promise<void> {
  installErrorHandler(app, options.production, (apiError: ApiError, status: number) => {
    const code = trpcCodeOf[apiError.code];
    return {
      error: {
        code: TRPC_ERROR_CODES_BY_KEY[code],
        message: apiError.message,
        data: { code, httpStatus: status ?? httpStatusOf[apiError.code], apiError },
      },
    };
  });
  // Procedures take JSON only; without a text/plain parser Fastify turns other media types
  // into a 400 (through the handler above) before tRPC would answer 415.
  app.removeContentTypeParser('text/plain');
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
