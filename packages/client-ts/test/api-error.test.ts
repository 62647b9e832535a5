import { describe, expect, it } from 'vitest';
import {
  type ApiError,
  ApiRequestError,
  isUnauthenticated,
  requestError,
  UnauthenticatedError,
  UpdateRequiredError,
} from '../src/index.js';

const error = (code: ApiError['code'], extra: Partial<ApiError> = {}): ApiError => ({
  code,
  message: `${code} message`,
  ...extra,
});

describe('requestError', () => {
  it('UNAUTHENTICATED: an UnauthenticatedError, so an app can send its user to log in', () => {
    const thrown = requestError(error('UNAUTHENTICATED'), 401);
    expect(thrown).toBeInstanceOf(UnauthenticatedError);
    expect(thrown).toBeInstanceOf(ApiRequestError);
    expect(thrown).not.toBeInstanceOf(UpdateRequiredError);
    expect(thrown.status).toBe(401);
    expect(thrown.message).toBe('UNAUTHENTICATED: UNAUTHENTICATED message');
  });

  it('UPDATE_REQUIRED: an UpdateRequiredError, not an UnauthenticatedError', () => {
    const thrown = requestError(error('UPDATE_REQUIRED', { minimumAppVersion: '1.1.0' }), 426);
    expect(thrown).toBeInstanceOf(UpdateRequiredError);
    expect(thrown).not.toBeInstanceOf(UnauthenticatedError);
  });

  it.each(['FORBIDDEN', 'NOT_FOUND', 'RATE_LIMITED', 'VALIDATION_FAILED'] as const)(
    '%s: a plain ApiRequestError',
    (code) => {
      const thrown = requestError(error(code));
      expect(thrown.constructor).toBe(ApiRequestError);
      expect(isUnauthenticated(thrown.apiError)).toBe(false);
    },
  );

  it('isUnauthenticated reads the code only', () => {
    expect(isUnauthenticated(error('UNAUTHENTICATED'))).toBe(true);
    expect(isUnauthenticated(error('FORBIDDEN'))).toBe(false);
  });
});
