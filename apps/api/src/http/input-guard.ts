import type { ErrorLocation } from '@acme/contract';
import { dottedPath, validationFailed } from '../errors.js';

type Locate = (path: string[]) => { location: ErrorLocation; path: PropertyKey[] };

/**
 * Deeper input is refused before validation: Zod, the prototype-key walk and PostgreSQL's JSON
 * parser all recurse, and a 1 MB body nests far deeper than their stacks (a 500). The
 * contract's deepest model, the checklist, uses two levels per nesting step.
 */
export const MAX_INPUT_DEPTH = 64;

// NUL cannot be stored in PostgreSQL text or jsonb, and an unpaired surrogate has no UTF-8
// form: the first failed the insert (a 500), the second was silently stored as U+FFFD. PGlite
// decodes text with TextDecoder, which drops a leading U+FEFF: "\ufeff" came back as "" (a
// response that broke the contract, so a 500 on every later listing of it).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) =>
  text.includes('\0') || text.startsWith('\ufeff') || LONE_SURROGATE.test(text);
const TEXT_MESSAGE = 'must not contain NUL or unpaired surrogate characters, nor start with U+FEFF';

/** The first problem of a parsed input, found without recursion (any depth is safe to walk). */
export function findUnstorableInput(
  value: unknown,
): { path: string[]; message: string } | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: node, path } = stack.pop() as { value: unknown; path: string[] };
    if (typeof node === 'string') {
      if (unstorable(node)) {
        return { path, message: `Text ${TEXT_MESSAGE}` };
      }
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    if (path.length >= MAX_INPUT_DEPTH) {
      return { path, message: `Input must not nest deeper than ${MAX_INPUT_DEPTH} levels` };
    }
    for (const key of Object.keys(node)) {
      if (unstorable(key)) {
        return {
          path: [...path, key],
          message: 'Keys must not contain NUL or unpaired surrogates',
        };
      }
      stack.push({ value: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return undefined;
}

/** Throws VALIDATION_FAILED naming the field when the input cannot be stored as sent. */
export function assertStorableInput(
  value: unknown,
  locate: Locate = (path) => ({ location: 'body', path }),
): void {
  const found = findUnstorableInput(value);
  if (found === undefined) return;
  const where = locate(found.path);
  throw validationFailed([
    { location: where.location, path: dottedPath(where.path), message: found.message },
  ]);
}
