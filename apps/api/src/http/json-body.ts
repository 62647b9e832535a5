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
  assertStorableInput(value, undefined, text);
  // Only texts that mention the keys can hold them: keeps the common case to one JSON.parse.
  if (text.includes('__proto__') || text.includes('constructor')) assertNoPrototypeKeys(value);
  return value;
}

// JSON text is UTF-8 (RFC 8259); decoding leniently stored malformed bytes as U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The body's text; bytes that are not UTF-8 fail as 400 instead of becoming U+FFFD. */
export function decodeJsonText(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw bodyError('The request body is not valid UTF-8');
  }
}

/** Replaces Fastify's JSON parser in this scope with parseJsonBody (bodyLimit still applies). */
export function useJsonBodyParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(decodeJsonText(body as Buffer)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}
