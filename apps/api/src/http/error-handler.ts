import { type ApiError, httpStatusOf } from '@acme/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toApiError } from '../errors.js';

type Render = (apiError: ApiError, status: number) => unknown;

/**
 * Makes every failure in this scope leave as an ApiError with its code's HTTP status. Server
 * faults are logged with their stack here, and only here.
 */
export function installErrorHandler(
  app: FastifyInstance,
  production: boolean,
  render: Render = (apiError) => apiError,
): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const apiError = toApiError(error, production);
    const status = httpStatusOf[apiError.code];
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    // Rate limiting sets retry-after and its counters before throwing; keep those headers.
    return reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send(render(apiError, status));
  });
}

/** Unknown URLs answer in the same shape as everything else. */
export function installNotFoundHandler(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    const apiError: ApiError = {
      code: 'NOT_FOUND',
      message: `No route ${request.method} ${request.url.split('?')[0]}`,
    };
    return reply.code(404).send(apiError);
  });
}
