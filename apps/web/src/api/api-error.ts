import { isApiError, toApiError } from '@acme/client-ts';
import type { ApiError } from './types';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

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
