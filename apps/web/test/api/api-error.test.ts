import { describe, expect, it } from 'vitest';
import { isApiError, toApiError } from '../../src/api/api-error';

describe('toApiError', () => {
  it('passes the server error through, including codes this build does not know', () => {
    const body = { code: 'TEAPOT', message: 'Short and stout', details: [] };
    expect(isApiError(body)).toBe(true);
    expect(toApiError(body, 418)).toBe(body);
  });

  it('names an unreachable API for network failures and gateway errors', () => {
    expect(toApiError(new TypeError('Failed to fetch'))).toEqual({
      code: 'UNAVAILABLE',
      message: 'Failed to fetch',
    });
    expect(toApiError('<html>Bad gateway</html>', 502)).toEqual({
      code: 'UNAVAILABLE',
      message: 'The request failed (HTTP 502)',
    });
  });

  it('reports other bodies that are not ApiErrors as internal failures', () => {
    expect(isApiError({ code: 1, message: 'x' })).toBe(false);
    expect(isApiError({ code: 'X', message: 'x', details: 'no' })).toBe(false);
    expect(toApiError({ error: 'odd' }, 500)).toEqual({
      code: 'INTERNAL',
      message: 'The request failed (HTTP 500)',
    });
  });
});
