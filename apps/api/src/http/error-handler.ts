import { type ApiError, httpStatusOf } from '@acme/contract';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isClientAbort, toApiError } from '../errors.js';

export type Render = (apiError: ApiError, status: number) => unknown;

export const BEARER_CHALLENGE = 'Bearer realm="api"';

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
    if (isClientAbort(error)) {
      // The client went away mid-upload: nothing failed here and no one is left to answer.
      request.log.info(
        { code: error.code },
        'client closed the connection before its body arrived',
      );
      return reply.code(400).send();
    }
    const apiError = toApiError(error, production);
    const status = httpStatusOf[apiError.code];
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    // RFC 9110 asks every 401 to name the scheme that would succeed (RFC 6750's Bearer).
    if (status === 401) reply.header('www-authenticate', BEARER_CHALLENGE);
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

/**
 * Fastify answers a malformed URL (bad percent-encoding, a path parameter over maxParamLength)
 * itself, before routing, so no error handler runs; unless given this, in its own shape.
 * `overlongParam` may say what an overlong parameter means at a URL (a tRPC batch too large).
 */
export function frameworkErrorHandler(
  renderFor: (url: string) => Render,
  overlongParam: (url: string) => ApiError | undefined = () => undefined,
) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const overlong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
    const message = overlong
      ? 'A path parameter is longer than this server accepts'
      : 'The URL is not validly percent-encoded';
    const apiError: ApiError = (overlong && overlongParam(request.url)) || {
      code: 'VALIDATION_FAILED',
      message,
      details: [{ location: 'params', path: '', message }],
    };
    const status = httpStatusOf[apiError.code];
    return reply
      .code(status)
      .type('application/json; charset=utf-8')
      .send(renderFor(request.url)(apiError, status));
  };
}
