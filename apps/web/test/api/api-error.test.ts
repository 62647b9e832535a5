import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { apiErrorFromTrpc } from '../../src/api/api-error';

const apiError = {
  code: 'VALIDATION_FAILED',
  message: 'Invalid input: limit',
  details: [{ location: 'query', path: 'limit', message: 'Too big' }],
} as const;

/** A client error as @trpc/client builds it from a server error response. */
const trpcError = (data: unknown) =>
  TRPCClientError.from({ error: { message: 'failed', code: -32600, data } });

describe('apiErrorFromTrpc', () => {
  it('returns the ApiError the server put into the error data', () => {
    expect(apiErrorFromTrpc(trpcError({ apiError, httpStatus: 400 }))).toEqual(apiError);
  });

  it('stands in for errors without one, by HTTP status', () => {
    expect(apiErrorFromTrpc(trpcError({ httpStatus: 502 }))).toEqual({
      code: 'UNAVAILABLE',
      message: 'The request failed (HTTP 502)',
    });
    expect(apiErrorFromTrpc(trpcError({ httpStatus: 500 }))).toEqual({
      code: 'INTERNAL',
      message: 'The request failed (HTTP 500)',
    });
  });

  it('names an unreachable API for network failures', () => {
    expect(apiErrorFromTrpc(new TypeError('Failed to fetch'))).toEqual({
      code: 'UNAVAILABLE',
      message: 'Failed to fetch',
    });
  });
});
