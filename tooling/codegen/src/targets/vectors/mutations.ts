/**
 * Edge cases derived from a schema node: each one a change to a valid base payload at one
 * path, with what it should become. Zod, the oracle, decides in build-vectors whether it is
 * accepted; `ifRejected` says which kind of vector a rejected one is.
 */
import { canonicalInstant } from './canonical.js';
import { SAMPLE_INSTANT, sampleString } from './examples.js';
import { countBound, type JsonPath, type JsonValue, numberBound } from './schema.js';
import type { SchemaNode } from './walk.js';

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
const EXTRA_VALUE: JsonValue = { nested: [1, 'two', null], flag: true };

const constant = (value: JsonValue) => () => value;

/**
 * A string of exactly `length` code points (Zod, like JSON Schema, counts code points; Dart's
 * String.length counts UTF-16 units) that still looks like the format it lacks room for. Plain
 * text ends in an emoji, one code point but two UTF-16 units: a decoder that checks lengths in
 * UTF-16 units would disagree with Zod right at the bound.
 */
function stringOfLength(node: SchemaNode, length: number): string {
  const format = node.schema.format;
  if (format === 'email') {
    const domain = '@example.com';
    return `${'a'.repeat(Math.max(1, length - domain.length))}${domain}`.slice(
      0,
      Math.max(length, 0),
    );
  }
  if (format === 'uri') {
    const head = 'https://example.com/';
    return `${head}${'a'.repeat(Math.max(0, length - head.length))}`.slice(0, length);
  }
  return length >= 2 ? `${'x'.repeat(length - 1)}😀` : 'x'.repeat(length);
}

const wrongTypeOf = (node: SchemaNode): JsonValue => {
  switch (node.shape) {
    case 'object':
    case 'record':
    case 'union':
      return [1];
    case 'array':
      return 'text';
    case 'integer':
    case 'number':
      return '1';
    case 'boolean':
      return 'true';
    default:
      return 42;
  }
};

/** Every JSON type but the node's own (a string is no wrong type for an enum: it is forward). */
function rootWrongTypes(node: SchemaNode): JsonValue[] {
  const own: Record<string, string> = {
    object: 'object',
    record: 'object',
    union: 'object',
    array: 'array',
    string: 'string',
    dateTime: 'string',
    enum: 'string',
    const: 'string',
    integer: 'number',
    number: 'number',
    boolean: 'boolean',
  };
  const samples: [string, JsonValue][] = [
    ['array', []],
    ['object', {}],
    ['string', 'text'],
    ['number', 42],
    ['boolean', true],
  ];
  return samples.filter(([type]) => type !== own[node.shape]).map(([, value]) => value);
}

function stringCandidates(node: SchemaNode, path: JsonPath): Candidate[] {
  const out: Candidate[] = [];
  const max = countBound(node.schema, 'maxLength');
  const min = countBound(node.schema, 'minLength') ?? 0;
  if (max !== undefined) {
    out.push({
      reason: 'tooLong',
      path,
      ifRejected: 'tolerated',
      wire: constant(stringOfLength(node, max + 1)),
    });
    out.push({
      reason: 'atMaxLength',
      path,
      ifRejected: 'drop',
      wire: constant(stringOfLength(node, max)),
    });
  }
  if (min > 0) {
    out.push({
      reason: 'tooShort',
      path,
      ifRejected: 'tolerated',
      wire: constant('x'.repeat(min - 1)),
    });
  }
  if (node.schema.format !== undefined || node.schema.pattern !== undefined) {
    out.push({ reason: 'badFormat', path, ifRejected: 'tolerated', wire: constant('not-valid ✗') });
  } else if (min === 0) {
    out.push({ reason: 'empty', path, ifRejected: 'drop', wire: constant('') });
  }
  if (max === undefined || max >= 24) {
    const text =
      node.schema.format || node.schema.pattern
        ? sampleString(node.schema)
        : 'é e\u0301 \u{1F468}\u200D\u{1F469} "q" \\ \n\t';
    out.push({ reason: 'unicodeAndEscapes', path, ifRejected: 'drop', wire: constant(text) });
  }
  return out;
}

function instantCandidates(path: JsonPath): Candidate[] {
  const at = (text: string) => constant(text);
  const base = SAMPLE_INSTANT.slice(0, 19); // 2024-02-29T12:34:56
  const tolerated = (reason: string, text: string): Candidate => ({
    reason,
    path,
    ifRejected: 'tolerated',
    wire: at(text),
    // Dart converts an offset to UTC; it writes the canonical form of the same instant.
    expect: constant(canonicalInstant(text) ?? text),
  });
  const invalid = (reason: string, text: string): Candidate => ({
    reason,
    path,
    ifRejected: 'invalid',
    wire: at(text),
  });
  const valid = (reason: string, text: string): Candidate => ({
    reason,
    path,
    ifRejected: 'drop',
    wire: at(text),
  });
  return [
    valid('instantWholeSeconds', `${base}Z`),
    valid('instantMicroseconds', `${base}.000001Z`),
    valid('instantNanosecondsTruncated', `${base}.123456789Z`),
    valid('instantTenthOfSecond', `${base}.1Z`),
    valid('instantYearStart', '2000-01-01T00:00:00.000Z'),
    valid('instantBeforeEpoch', '1969-12-31T23:59:59.999Z'),
    tolerated('instantPositiveOffset', `${base}.5+05:30`),
    tolerated('instantNegativeOffset', `${base}-08:00`),
    invalid('instantWithoutZone', base),
    invalid('instantDateOnly', base.slice(0, 10)),
    invalid('instantLowercaseZ', `${base}z`),
    invalid('instantSpaceSeparator', `${base.replace('T', ' ')}Z`),
    invalid('instantNotADate', 'yesterday'),
  ];
}

function numberCandidates(node: SchemaNode, path: JsonPath): Candidate[] {
  const integer = node.shape === 'integer';
  const step = integer ? 1 : 0.5;
  const min = numberBound(node.schema, 'minimum');
  const max = numberBound(node.schema, 'maximum');
  const out: Candidate[] = [];
  if (max !== undefined) {
    out.push({ reason: 'aboveMaximum', path, ifRejected: 'tolerated', wire: constant(max + step) });
    out.push({ reason: 'atMaximum', path, ifRejected: 'drop', wire: constant(max) });
  }
  if (min !== undefined) {
    out.push({ reason: 'belowMinimum', path, ifRejected: 'tolerated', wire: constant(min - step) });
    out.push({ reason: 'atMinimum', path, ifRejected: 'drop', wire: constant(min) });
  }
  const low = min ?? 0;
  const high = max ?? low + 10;
  if (integer) {
    out.push({
      reason: 'notAnInteger',
      path,
      ifRejected: 'invalid',
      wire: constant(Math.min(low + 0.5, high - 0.5)),
    });
  } else {
    // Whole numbers in a double field: JSON writes 3.0 as 3, Dart must still read a double.
    out.push({
      reason: 'wholeNumber',
      path,
      ifRejected: 'drop',
      wire: constant(Math.floor((low + high) / 2)),
    });
    out.push({ reason: 'tinyFraction', path, ifRejected: 'drop', wire: constant(low + 1e-7) });
    out.push({ reason: 'manyDigits', path, ifRejected: 'drop', wire: constant(low + 0.1 + 0.2) });
  }
  return out;
}

function collectionCandidates(node: SchemaNode, path: JsonPath): Candidate[] {
  const out: Candidate[] = [];
  if (node.shape === 'array') {
    const max = countBound(node.schema, 'maxItems');
    const repeat = (count: number) => (at: JsonValue) =>
      Array.isArray(at) && at.length > 0
        ? Array.from({ length: count }, () => at[0] as JsonValue)
        : at;
    if (max !== undefined && Array.isArray(node.value) && node.value.length > 0) {
      out.push({ reason: 'tooManyItems', path, ifRejected: 'tolerated', wire: repeat(max + 1) });
      out.push({ reason: 'atMaxItems', path, ifRejected: 'drop', wire: repeat(max) });
    }
    out.push({ reason: 'emptyArray', path, ifRejected: 'drop', wire: constant([]) });
  } else {
    const max = countBound(node.schema, 'maxProperties');
    const entries = (count: number, key: (index: number) => string) => (at: JsonValue) => {
      const first =
        at !== null && typeof at === 'object' && !Array.isArray(at)
          ? Object.values(at)[0]
          : undefined;
      if (first === undefined) return at;
      return Object.fromEntries(Array.from({ length: count }, (_, index) => [key(index), first]));
    };
    if (max !== undefined) {
      out.push({
        reason: 'tooManyEntries',
        path,
        ifRejected: 'tolerated',
        wire: entries(max + 1, (i) => `k${i}`),
      });
      out.push({
        reason: 'atMaxEntries',
        path,
        ifRejected: 'drop',
        wire: entries(max, (i) => `k${i}`),
      });
    }
    const keyMax =
      typeof node.schema.propertyNames === 'object'
        ? countBound(node.schema.propertyNames as SchemaNode['schema'], 'maxLength')
        : undefined;
    if (keyMax !== undefined) {
      out.push({
        reason: 'keyTooLong',
        path,
        ifRejected: 'tolerated',
        wire: entries(1, () => 'k'.repeat(keyMax + 1)),
      });
    }
    out.push({ reason: 'emptyObject', path, ifRejected: 'drop', wire: constant({}) });
  }
  return out;
}

function unionCandidates(node: SchemaNode, path: JsonPath): Candidate[] {
  const tag = node.schema.discriminator?.propertyName ?? '';
  const withTag = (value: JsonValue | undefined) => (at: JsonValue) => {
    if (at === null || typeof at !== 'object' || Array.isArray(at)) return at;
    const copy = { ...at };
    if (value === undefined) delete copy[tag];
    else copy[tag] = value;
    return copy;
  };
  const known =
    node.value !== null && typeof node.value === 'object' && !Array.isArray(node.value)
      ? node.value[tag]
      : undefined;
  const out: Candidate[] = [
    {
      reason: 'unknownVariant',
      path,
      ifRejected: 'forward',
      // The JSON of a variant added later is kept as received and written back unchanged.
      wire: constant({ [tag]: ADDED_LATER, note: 'from a newer server', count: 3 }),
      keepsRaw: true,
    },
    {
      reason: 'unknownVariantKeepsFields',
      path,
      ifRejected: 'forward',
      wire: withTag(ADDED_LATER),
      keepsRaw: true,
    },
    { reason: 'missingDiscriminator', path, ifRejected: 'invalid', wire: withTag(undefined) },
    { reason: 'discriminatorNotAString', path, ifRejected: 'invalid', wire: withTag(5) },
  ];
  if (typeof known === 'string' && known.toUpperCase() !== known) {
    out.push({
      reason: 'discriminatorCase',
      path,
      ifRejected: 'forward',
      wire: withTag(known.toUpperCase()),
      keepsRaw: true,
    });
  }
  return out;
}

/** Every candidate for one node of the base payload. */
export function candidatesFor(node: SchemaNode): Candidate[] {
  const { path } = node;
  const out: Candidate[] = [];
  const isRoot = path.length === 0;
  if (node.property) {
    out.push({
      reason: 'missingRequired',
      reasonIfAccepted: 'absent',
      path,
      ifRejected: 'invalid',
      wire: () => undefined,
    });
  }
  if (node.value !== null) {
    out.push({
      reason: 'nullForNonNullable',
      reasonIfAccepted: 'null',
      path,
      ifRejected: 'invalid',
      wire: constant(null),
    });
  }
  if (node.property?.discriminator) return out;
  const wrong = isRoot ? rootWrongTypes(node) : [wrongTypeOf(node)];
  for (const value of wrong) {
    const label = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
    out.push({ reason: 'wrongType', label, path, ifRejected: 'invalid', wire: constant(value) });
  }
  switch (node.shape) {
    case 'string':
      out.push(...stringCandidates(node, path));
      break;
    case 'dateTime':
      out.push(...instantCandidates(path));
      break;
    case 'integer':
    case 'number':
      out.push(...numberCandidates(node, path));
      break;
    case 'array':
    case 'record':
      out.push(...collectionCandidates(node, path));
      break;
    case 'union':
      out.push(...unionCandidates(node, path));
      break;
    case 'enum':
      out.push({
        reason: 'unknownEnumValue',
        path,
        ifRejected: 'forward',
        wire: constant(ADDED_LATER),
        unknownEnum: isRoot,
      });
      out.push({
        reason: 'emptyEnumValue',
        path,
        ifRejected: 'forward',
        wire: constant(''),
        unknownEnum: isRoot,
      });
      if (typeof node.value === 'string' && node.value.toUpperCase() !== node.value) {
        out.push({
          reason: 'enumCase',
          path,
          ifRejected: 'forward',
          wire: constant(node.value.toUpperCase()),
          unknownEnum: isRoot,
        });
      }
      break;
    case 'const':
      out.push({
        reason: 'wrongLiteral',
        path,
        ifRejected: 'invalid',
        wire: constant(`${String(node.value)}_other`),
      });
      break;
    case 'object':
      out.push({
        reason: 'extraField',
        path,
        ifRejected: 'drop',
        wire: (at) =>
          at !== null && typeof at === 'object' && !Array.isArray(at)
            ? { ...at, [EXTRA_FIELD]: EXTRA_VALUE }
            : at,
      });
      break;
    default:
      break;
  }
  return out;
}
