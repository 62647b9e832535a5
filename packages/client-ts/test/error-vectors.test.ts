import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ApiRequestError,
  requestError,
  toApiError,
  UnauthenticatedError,
  UpdateRequiredError,
} from '../src/index.js';

// The cross-language vectors of ApiError (generated from the contract, checked against Zod, and
// decoded by the Dart package's tests) read by this client too: both must agree on every body,
// the 426 of a retired app version included.
const file = new URL('../../dart_client/test/vectors/api_error.json', import.meta.url);
const vectors = JSON.parse(readFileSync(file, 'utf8')) as {
  model: string;
  valid: { name: string; json?: unknown; expected?: unknown; base?: string }[];
};
const whole = vectors.valid.filter((vector) => vector.base === undefined);

describe('ApiError vectors', () => {
  it('are the ApiError model, with the contract examples among them', () => {
    expect(vectors.model).toBe('ApiError');
    expect(whole.map((vector) => vector.name)).toEqual(
      expect.arrayContaining(['example 1', 'example 2']),
    );
  });

  it.each(whole.map((vector) => [vector.name, vector] as const))(
    '%s: read as the same ApiError',
    (_name, vector) => {
      expect(toApiError(vector.json, 400)).toEqual(vector.json);
    },
  );

  it('the 426 body: an UpdateRequiredError with the minimum version', () => {
    const body = whole.find((vector) => vector.name === 'example 1')?.json;
    const error = requestError(toApiError(body, 426), 426);
    expect(error).toBeInstanceOf(UpdateRequiredError);
    expect((error as UpdateRequiredError).minimumAppVersion).toBe('1.4.0');
    const other = requestError(toApiError(whole.find((v) => v.name === 'example 2')?.json, 400));
    expect(other).toBeInstanceOf(ApiRequestError);
    expect(other).not.toBeInstanceOf(UpdateRequiredError);
  });

  it('the 401 body: an UnauthenticatedError with the server message', () => {
    const vector = whole.find((v) => (v.json as { code?: string }).code === 'UNAUTHENTICATED');
    if (!vector) throw new Error('the contract examples include an UNAUTHENTICATED body');
    const error = requestError(toApiError(vector.json, 401), 401);
    expect(error).toBeInstanceOf(UnauthenticatedError);
    expect(error.apiError).toEqual(vector.json);
  });
});
