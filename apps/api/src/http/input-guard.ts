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

// Any surrogate, paired or not: a simple class scans faster than LONE_SURROGATE's lookbehind.
const ANY_SURROGATE = /[\ud800-\udfff]/;

/** Whether any object or array of `node` sits `depth` levels down or deeper (no allocation). */
function nestsDeeper(node: unknown, depth: number, limit: number): boolean {
  if (node === null || typeof node !== 'object') return false;
  if (depth >= limit) return true;
  const record = node as Record<string, unknown>;
  for (const key in record) {
    if (Object.hasOwn(record, key) && nestsDeeper(record[key], depth + 1, limit)) return true;
  }
  return false;
}

/**
 * findUnstorableInput for a value JSON.parse made of `text`, without its walk in the common
 * case. Every string and key of such a value is a piece of the text between quotes, changed
 * only by its escapes; without a `\u` escape, the only ones that can write NUL, U+FEFF or a
 * lone surrogate, a string holds one of them only if the text does. So a text with none of
 * them, and a value nesting less than MAX_INPUT_DEPTH, has nothing to find; anything else
 * takes the full walk, which finds and words the problem (or nothing).
 */
export function findUnstorableJson(
  text: string,
  value: unknown,
): { path: string[]; message: string } | undefined {
  const mayHoldUnstorableText =
    text.includes('\\u') ||
    text.includes('\0') ||
    text.includes('\ufeff') ||
    ANY_SURROGATE.test(text);
  if (!mayHoldUnstorableText && !nestsDeeper(value, 0, MAX_INPUT_DEPTH)) return undefined;
  return findUnstorableInput(value);
}

/** Throws VALIDATION_FAILED naming the field when the input cannot be stored as sent. */
export function assertStorableInput(
  value: unknown,
  locate: Locate = (path) => ({ location: 'body', path }),
  /** The JSON text `value` was parsed from, when it was: spares the walk (findUnstorableJson). */
  text?: string,
): void {
  const found = text === undefined ? findUnstorableInput(value) : findUnstorableJson(text, value);
  if (found === undefined) return;
  const where = locate(found.path);
  throw validationFailed([
    { location: where.location, path: dottedPath(where.path), message: found.message },
  ]);
}
