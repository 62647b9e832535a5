import type { ApiError, ErrorCode, RouteDefinition } from '@acme/contract';
import { type TRPC_ERROR_CODE_KEY, TRPCError } from '@trpc/server';
import { AppError, issuesToDetails, toApiError, validationFailed } from '../errors.js';
import { locateInput } from './input.js';

export const trpcCodeOf: Record<ErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_FAILED: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  REQUEST_TIMEOUT: 'TIMEOUT',
  HEADERS_TOO_LARGE: 'BAD_REQUEST',
  UPDATE_REQUIRED: 'PRECONDITION_FAILED',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL: 'INTERNAL_SERVER_ERROR',
};

/** An AppError as the TRPCError that carries it (the formatter unwraps it again). */
export const toTrpcError = (error: AppError) =>
  new TRPCError({ code: trpcCodeOf[error.code], message: error.message, cause: error });

/** tRPC's own failures (no AppError inside) and the contract codes they mean. */
const fromTrpcCode: Partial<Record<TRPC_ERROR_CODE_KEY, ErrorCode>> = {
  PARSE_ERROR: 'VALIDATION_FAILED',
  BAD_REQUEST: 'VALIDATION_FAILED',
  NOT_FOUND: 'NOT_FOUND',
  METHOD_NOT_SUPPORTED: 'VALIDATION_FAILED',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
};

const issuesOf = (cause: unknown) => {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues)
    ? (issues as { path?: PropertyKey[]; message: string }[])
    : undefined;
};

/**
 * Any error a procedure call ends with, as the shared ApiError. Input validation issues name
 * their field with the REST location it would have had.
 */
export function apiErrorOfTrpc(
  error: TRPCError,
  route: RouteDefinition | undefined,
  production: boolean,
): ApiError {
  if (error.cause instanceof AppError) return error.cause.toApiError();
  const issues = issuesOf(error.cause);
  if (issues && route) {
    return validationFailed(issuesToDetails(issues, locateInput(route))).toApiError();
  }
  const code = fromTrpcCode[error.code];
  if (code === undefined) return toApiError(error.cause ?? error, production);
  if (code === 'VALIDATION_FAILED') {
    return {
      code,
      message: error.message,
      details: [{ location: route?.body ? 'body' : 'query', path: '', message: error.message }],
    };
  }
  return { code, message: error.message };
}
