/**
 * An edge case: a change to a valid base payload at one path, with what it should become.
 * Zod, the oracle, decides in build-vectors whether it is accepted; `ifRejected` says which
 * kind of vector a rejected one is.
 */
import type { JsonPath, JsonValue } from './schema.js';

/**
 * - invalid: the Dart decoder must throw FormatException (wrong JSON types, missing or null
 *   required values, instants that are not UTC/offset instants);
 * - tolerated: Zod rejects it, the Dart decoder accepts it by design and writes back `expected`:
 *   limits (length, range, size, format) are the server's to enforce, and a server that raises
 *   one later must not break apps already installed;
 * - forward: a value from a newer contract (enum value, union variant) that Dart keeps;
 * - drop: not worth a vector when Zod rejects it.
 */
export type Category = 'valid' | 'invalid' | 'tolerated' | 'forward';

export interface Candidate {
  reason: string;
  /** Tells apart candidates with the same reason and path (e.g. which wrong type). */
  label?: string;
  /** The reason when Zod accepts the payload after all (e.g. an absent field with a default). */
  reasonIfAccepted?: string;
  path: JsonPath;
  ifRejected: Exclude<Category, 'valid'> | 'drop';
  /** The new value at `path` given the base's value there (undefined: remove the property). */
  wire: (at: JsonValue) => JsonValue | undefined;
  /** For tolerated and forward: the new value of `expected` at `path`, given its old one. */
  expect?: (at: JsonValue) => JsonValue;
  /** Forward vectors of an enum itself: Dart decodes its `unknown` member (no re-encoding). */
  unknownEnum?: boolean;
  /** Dart keeps the new value as received: `expected` at `path` is the payload's value. */
  keepsRaw?: boolean;
}

export const ADDED_LATER = 'zz_added_later';
export const EXTRA_FIELD = 'zzFieldAddedLater';
export const EXTRA_VALUE: JsonValue = { nested: [1, 'two', null], flag: true };

export const constant = (value: JsonValue) => () => value;
