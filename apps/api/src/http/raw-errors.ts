import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { type ApiError, httpStatusOf } from '@acme/contract';
import type { FastifyInstance } from 'fastify';
import type { Render } from './error-handler.js';

/**
 * Errors answered outside Fastify's request cycle, still in the shared shape: a request Node's
 * parser refused (malformed request line or headers, headers too large, request timeout) and a
 * request that arrived while the server shuts down. Fastify's defaults answered both with its
 * own `{error, message, statusCode}`, which neither client decodes.
 */
const baseHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  connection: 'close',
};

/** What Node's parser reports, as the contract's error. */
function clientErrorOf(code: string | undefined): ApiError {
  switch (code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return {
        code: 'REQUEST_TIMEOUT',
        message: 'The request was not received in full within the time this server allows',
      };
    case 'HPE_HEADER_OVERFLOW':
      return {
        code: 'HEADERS_TOO_LARGE',
        message: 'The request headers are larger than this server accepts',
      };
    default: {
      const message = 'The request is not valid HTTP/1.1 (request line or headers)';
      return {
        code: 'VALIDATION_FAILED',
        message,
        details: [{ location: 'params', path: '', message }],
      };
    }
  }
}

/**
 * Fastify's `clientErrorHandler`: Node gives no request or response here, only the socket, so
 * the answer is written on it whole and the connection closed (the parser state is lost).
 */
export function clientErrorHandler(
  this: FastifyInstance,
  error: NodeJS.ErrnoException & { code?: string },
  socket: Socket,
): void {
  // A reset connection or one already answered (a response in progress) cannot take a reply.
  const inProgress = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inProgress?.headersSent) {
    socket.destroy();
    return;
  }
  const apiError = clientErrorOf(error.code);
  const status = httpStatusOf[apiError.code];
  this.log.debug({ code: error.code, status }, 'refused a malformed or late request');
  const body = JSON.stringify(apiError);
  const head = Object.entries({ ...baseHeaders, 'content-length': Buffer.byteLength(body) })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${head}\r\n\r\n${body}`);
}

/** The 503 for a request that arrives while the server shuts down (see ShutdownDrain). */
export function refuseWhileClosing(renderFor: (url: string) => Render) {
  const apiError: ApiError = {
    code: 'UNAVAILABLE',
    message: 'The server is shutting down; retry on a new connection',
  };
  const status = httpStatusOf.UNAVAILABLE;
  return (request: IncomingMessage, response: ServerResponse) => {
    const body = JSON.stringify(renderFor(request.url ?? '/')(apiError, status));
    response.writeHead(status, { ...baseHeaders, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
}
