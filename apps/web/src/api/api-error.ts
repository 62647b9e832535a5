import type { ApiError } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** True for a body in the API's one error shape (checked loosely: clients must survive new codes). */
export function isApiError(value: unknown): value is ApiError {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    (value.details === undefined || Array.isArray(value.details))
  );
}

/**
 * Any failure as an ApiError, so the UI has one thing to render: the server's own error when the
 * body carries one, otherwise a stand-in that says what went wrong (a dropped connection, a
 * proxy's HTML error page). Gateways answering 502-504 mean the API is not reachable.
 */
export function toApiError(body: unknown, status?: number): ApiError {
  if (isApiError(body)) return body;
  if (body instanceof Error) return { code: 'UNAVAILABLE', message: body.message };
  const unreachable = status === undefined || (status >= 502 && status <= 504);
  return {
    code: unreachable ? 'UNAVAILABLE' : 'INTERNAL',
    message: status === undefined ? 'The request failed' : `The request failed (HTTP ${status})`,
  };
}

/**
 * The ApiError a tRPC failure carries. The server puts the same shape REST sends into the
 * error's `data`; anything else (a network failure, a proxy page) gets a stand-in.
 */
export function apiErrorFromTrpc(cause: unknown): ApiError {
  const data = isRecord(cause) && isRecord(cause.data) ? cause.data : undefined;
  const carried = data?.apiError;
  if (isApiError(carried)) return carried;
  const status = typeof data?.httpStatus === 'number' ? data.httpStatus : undefined;
  return cause instanceof Error && status === undefined
    ? toApiError(cause)
    : toApiError(undefined, status);
}
