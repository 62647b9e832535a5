import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.js';
import { assertStorableInput } from './input-guard.js';
import { assertNoPrototypeKeys } from './proto-guard.js';

const bodyError = (message: string) =>
  new AppError('VALIDATION_FAILED', message, [{ location: 'body', path: '', message }]);

/** Parses a JSON body, refusing prototype keys with their path named (not a generic "bad JSON"). */
export function parseJsonBody(text: string): unknown {
  if (text.length === 0) throw bodyError('The request body is empty; expected JSON');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw bodyError(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  // First: it also bounds the depth the recursive checks after it walk.
  assertStorableInput(value);
  // Only texts that mention the keys can hold them: keeps the common case to one JSON.parse.
  if (text.includes('__proto__') || text.includes('constructor')) assertNoPrototypeKeys(value);
  return value;
}

/** Replaces Fastify's JSON parser in this scope with parseJsonBody (bodyLimit still applies). */
export function useJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
