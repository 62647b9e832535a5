/**
 * fast-check arbitraries of valid-looking JSON for a component schema. They aim inside every
 * bound of the schema; Zod, the oracle, has the last word on each sample (see build-vectors).
 */
import type { JsonSchema } from '@acme/contract';
import fc from 'fast-check';
import { remembered } from './memo.js';
import {
  type Components,
  countBound,
  type JsonValue,
  numberBound,
  resolve,
  shapeOf,
  splitNullable,
} from './schema.js';
import { urlArbitrary } from './url-arbitrary.js';

/** How deep recursive models nest in random samples (deep nesting has its own vectors). */
const MAX_DEPTH = 3;
/** Random strings and collections stay short: boundary lengths have their own vectors. */
const MAX_RANDOM_LENGTH = 12;
const MAX_RANDOM_ITEMS = 3;

type Arb = fc.Arbitrary<JsonValue>;

const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Instants from 1970 to 2100 at every precision Zod accepts (s, ms, µs, ns). */
export const instantArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
    fc.constantFrom('s', 'ms', 'us', 'ns'),
    fc.integer({ min: 0, max: 999_999 }),
  )
  .map(([millis, precision, extra]) => {
    const iso = new Date(millis).toISOString();
    const sub = String(extra).padStart(6, '0');
    if (precision === 's') return `${iso.slice(0, 19)}Z`;
    if (precision === 'ms') return iso;
    return `${iso.slice(0, 23)}${precision === 'us' ? sub.slice(0, 3) : sub}Z`;
  });

const emailArbitrary = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z0-9]{1,6})?(\+[a-z0-9]{1,4})?$/),
    fc.stringMatching(/^[a-z]{1,10}(\.[a-z]{1,8})?\.[a-z]{2,6}$/),
  )
  .map(([local, domain]) => `${local}@${domain}`);

/**
 * Arbitraries are immutable: one instance serves every field that needs the same one, with the
 * same samples. Building some is not cheap: fc.string works out its bias towards special
 * strings for each instance (~0.1 s for the ~2,000 string fields of 200 models).
 */
const stringArbitraries = new Map<string, fc.Arbitrary<string>>();
const graphemeArbitraries = new Map<string, fc.Arbitrary<string>>();

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const min = countBound(schema, 'minLength') ?? 0;
  const max = countBound(schema, 'maxLength') ?? MAX_RANDOM_LENGTH * 4;
  return remembered(
    stringArbitraries,
    JSON.stringify([schema.format, schema.pattern, min, max]),
    () => buildStringArbitrary(schema, min, max),
  );
}

/**
 * Graphemes: letters, emoji and combining marks, whose UTF-16 lengths and code point counts
 * differ. By length bounds: most string fields share a few (their maximum is capped).
 */
const graphemesArbitrary = (minLength: number, maxLength: number) =>
  remembered(graphemeArbitraries, `${minLength} ${maxLength}`, () =>
    fc.oneof(
      fc.string({ unit: 'grapheme', minLength, maxLength }),
      fc.string({ unit: 'grapheme-ascii', minLength, maxLength }),
    ),
  );

function buildStringArbitrary(schema: JsonSchema, min: number, max: number): fc.Arbitrary<string> {
  let base: fc.Arbitrary<string>;
  if (schema.format === 'uuid') base = fc.uuid();
  else if (schema.format === 'email') base = emailArbitrary;
  else if (schema.format === 'uri') base = urlArbitrary;
  else if (typeof schema.pattern === 'string') base = fc.stringMatching(new RegExp(schema.pattern));
  // A minimum above the cap (a 32-character token) still bounds the sample from below.
  else base = graphemesArbitrary(min, Math.max(min, Math.min(max, MAX_RANDOM_LENGTH)));
  // Zod counts code points (as JSON Schema does), not UTF-16 units.
  return base.filter((text) => {
    const length = [...text].length;
    return length >= min && length <= max;
  });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = numberBound(schema, 'minimum') ?? -1_000_000;
  const max = numberBound(schema, 'maximum') ?? 1_000_000;
  const integers = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  if (integer) return integers;
  const doubles = fc
    .double({ min, max, noNaN: true, noDefaultInfinity: true })
    .map((value) => (Object.is(value, -0) ? 0 : value));
  // Whole numbers in a double field are the classic cross-language trap: 3.0 travels as 3.
  return fc.oneof(doubles, integers);
}

/** An arbitrary of JSON values the schema describes, nesting at most MAX_DEPTH levels. */
export function arbitraryOf(schema: JsonSchema, components: Components, depth = 0): Arb {
  const { schema: inner, nullable } = splitNullable(resolve(schema, components));
  if (nullable && depth > MAX_DEPTH) return fc.constant(null);
  const resolved = resolve(inner, components);
  const value = nonNullArbitrary(resolved, components, depth);
  return nullable ? fc.oneof(value, fc.constant(null)) : value;
}

function nonNullArbitrary(schema: JsonSchema, components: Components, depth: number): Arb {
  switch (shapeOf(schema)) {
    case 'enum':
      return fc.constantFrom(...(schema.enum as JsonValue[]));
    case 'const':
      return fc.constant(schema.const as JsonValue);
    case 'dateTime':
      return instantArbitrary;
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const minLength = countBound(schema, 'minItems') ?? 0;
      const cap = depth >= MAX_DEPTH ? minLength : MAX_RANDOM_ITEMS;
      const maxLength = Math.max(minLength, Math.min(countBound(schema, 'maxItems') ?? cap, cap));
      // Arbitraries are built eagerly: a recursive model must stop building, not just sampling.
      if (maxLength === 0) return fc.constant([]);
      return fc.array(arbitraryOf(schema.items ?? {}, components, depth + 1), {
        minLength,
        maxLength,
      });
    }
    case 'record': {
      const keys = stringArbitrary(
        typeof schema.propertyNames === 'object' ? (schema.propertyNames as JsonSchema) : {},
      ).filter((key) => !RESERVED_KEYS.has(key));
      const values =
        typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
      const maxKeys = Math.min(
        countBound(schema, 'maxProperties') ?? MAX_RANDOM_ITEMS,
        MAX_RANDOM_ITEMS,
      );
      if (depth >= MAX_DEPTH || maxKeys === 0) return fc.constant({});
      return fc.dictionary(keys, arbitraryOf(values, components, depth + 1), { maxKeys }) as Arb;
    }
    case 'union':
      return fc.oneof(
        ...(schema.oneOf ?? []).map((variant) => arbitraryOf(variant, components, depth)),
      );
    case 'object': {
      const required = new Set(schema.required ?? []);
      const properties = Object.entries(schema.properties ?? {}).filter(
        ([key]) => depth < MAX_DEPTH || required.has(key),
      );
      const record = Object.fromEntries(
        properties.map(([key, property]) => [key, arbitraryOf(property, components, depth + 1)]),
      );
      return fc.record(record, { requiredKeys: schema.required ?? [] }) as Arb;
    }
  }
}
