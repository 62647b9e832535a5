/**
 * What the Dart models must write back for a payload, computed from Zod's output.
 *
 * Canonical instants: Dart's `DateTime.toUtc().toIso8601String()` on the VM, i.e.
 * `YYYY-MM-DDTHH:MM:SS.mmmZ`, with three more digits when there are microseconds, and digits
 * past the microsecond dropped. Zod keeps the string it was given, so `expected` holds Zod's
 * instant in that form: the same instant, written the one way Dart writes it.
 */
import type { JsonSchema } from '@acme/contract';
import { remembered } from './memo.js';
import {
  type Components,
  getAt,
  type JsonPath,
  type JsonValue,
  resolve,
  setAt,
  shapeOf,
  splitNullable,
  variantOf,
} from './schema.js';

const INSTANT = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|([+-])(\d\d):?(\d\d))$/;

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/**
 * Instants already converted: a few distinct ones (the sample instant, edge cases, the random
 * ones) recur in nearly every vector, tens of thousands of times for a large contract.
 */
const canonicalForms = new Map<string, string | undefined>();

/** The canonical UTC form of an ISO-8601 instant with `Z` or an offset; undefined if not one. */
export const canonicalInstant = (text: string): string | undefined =>
  remembered(canonicalForms, text, () => computeCanonicalInstant(text));

function computeCanonicalInstant(text: string): string | undefined {
  const match = INSTANT.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', zone, sign, offH, offM] = match;
  const digits = fraction.padEnd(6, '0').slice(0, 6);
  const date = new Date(0);
  date.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  date.setUTCHours(Number(hour), Number(minute), Number(second), Number(digits.slice(0, 3)));
  if (zone !== 'Z') {
    const offset = (Number(offH) * 60 + Number(offM)) * (sign === '-' ? -1 : 1);
    date.setTime(date.getTime() - offset * 60_000);
  }
  const micros = digits.slice(3);
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}` +
    `T${pad(date.getUTCHours(), 2)}:${pad(date.getUTCMinutes(), 2)}:${pad(date.getUTCSeconds(), 2)}` +
    `.${pad(date.getUTCMilliseconds(), 3)}${micros === '000' ? '' : micros}Z`
  );
}

const isObject = (value: JsonValue | undefined): value is { [key: string]: JsonValue } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The JSON a Dart model re-encodes for `input`, given Zod's output for it: what Zod outputs,
 * except that a property the schema leaves optional and the payload left out stays out (input
 * shapes: the Dart model sends it absent and the server fills the default), and instants in
 * canonical form. Unknown properties are gone either way: Zod strips them, Dart ignores them.
 */
export function expectedOf(
  schema: JsonSchema,
  components: Components,
  input: JsonValue | undefined,
  output: JsonValue,
): JsonValue {
  const { schema: inner, nullable } = splitNullable(resolve(schema, components));
  if (nullable && output === null) return null;
  const resolved = resolve(inner, components);
  switch (shapeOf(resolved)) {
    case 'dateTime':
      return typeof output === 'string' ? (canonicalInstant(output) ?? output) : output;
    case 'array':
      if (!Array.isArray(output)) return output;
      return output.map((item, index) =>
        expectedOf(
          resolved.items ?? {},
          components,
          Array.isArray(input) ? input[index] : undefined,
          item,
        ),
      );
    case 'record': {
      if (!isObject(output)) return output;
      const values =
        typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : {};
      return Object.fromEntries(
        Object.entries(output).map(([key, item]) => [
          key,
          expectedOf(values, components, isObject(input) ? input[key] : undefined, item),
        ]),
      );
    }
    case 'union': {
      const variant = isObject(output)
        ? variantOf(resolved, output[resolved.discriminator?.propertyName ?? ''])
        : undefined;
      const variantSchema = variant === undefined ? undefined : components[variant];
      return variantSchema ? expectedOf(variantSchema, components, input, output) : output;
    }
    case 'object': {
      if (!isObject(output)) return output;
      const required = new Set(resolved.required ?? []);
      const result: { [key: string]: JsonValue } = {};
      for (const [key, item] of Object.entries(output)) {
        const given = isObject(input) ? input[key] : undefined;
        if (given === undefined && !required.has(key)) continue;
        result[key] = expectedOf(resolved.properties?.[key] ?? {}, components, given, item);
      }
      return result;
    }
    default:
      return output;
  }
}

/**
 * The schema expectedOf reads a node with by its shape: references and nullable resolved, a
 * union's variant picked by the output's tag. Undefined where expectedOf returns the output as
 * it is without looking further (null of a nullable, a union whose tag names no variant).
 */
function nodeSchema(
  schema: JsonSchema,
  components: Components,
  output: JsonValue,
): JsonSchema | undefined {
  let current = schema;
  for (;;) {
    const { schema: inner, nullable } = splitNullable(resolve(current, components));
    if (nullable && output === null) return undefined;
    const resolved = resolve(inner, components);
    if (shapeOf(resolved) !== 'union') return resolved;
    const variant = isObject(output)
      ? variantOf(resolved, output[resolved.discriminator?.propertyName ?? ''])
      : undefined;
    const variantSchema = variant === undefined ? undefined : components[variant];
    if (variantSchema === undefined) return undefined;
    current = variantSchema;
  }
}

/** The schema expectedOf hands the value under `key` of a node it reads with `schema`. */
function childSchema(
  schema: JsonSchema,
  output: JsonValue,
  key: string | number,
): JsonSchema | undefined {
  const shape = shapeOf(schema);
  if (shape === 'array' && Array.isArray(output) && typeof key === 'number') {
    return schema.items ?? {};
  }
  if (shape === 'record' && isObject(output) && typeof key === 'string') {
    return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
  }
  if (shape === 'object' && isObject(output) && typeof key === 'string') {
    return schema.properties?.[key] ?? {};
  }
  return undefined;
}

/**
 * The node at `path` of a Zod output and the schema expectedOf reads it with (see nodeSchema),
 * found the way expectedOf's own recursion goes down. Undefined where it would not go down.
 */
function nodeAt(
  schema: JsonSchema,
  components: Components,
  output: JsonValue,
  path: JsonPath,
): { schema: JsonSchema; output: JsonValue } | undefined {
  let value: JsonValue | undefined = output;
  let node = nodeSchema(schema, components, output);
  for (const key of path) {
    const child = node === undefined ? undefined : childSchema(node, value as JsonValue, key);
    if (child === undefined) return undefined;
    value = (value as Record<string | number, JsonValue>)[key];
    if (value === undefined) return undefined;
    node = nodeSchema(child, components, value);
  }
  return node === undefined ? undefined : { schema: node, output: value as JsonValue };
}

/**
 * expectedOf of an edge case, from its base's: for a payload that is `base` with the value at
 * `path` replaced (or removed), whose Zod output is the base's output with only that value
 * replaced (or removed) (the oracle's `local` judgement). Everything above the value then reads
 * the same keys, tags and outputs as for the base, so only the value's own part is computed.
 * Undefined when the way down is not one expectedOf takes (the caller computes it whole).
 */
export function expectedOfEdit(
  schema: JsonSchema,
  components: Components,
  baseExpected: JsonValue,
  path: JsonPath,
  input: JsonValue,
  output: JsonValue,
): JsonValue | undefined {
  const key = path[path.length - 1];
  if (key === undefined) return undefined;
  const parent = nodeAt(schema, components, output, path.slice(0, -1));
  if (parent === undefined) return undefined;
  const value = getAt(input, path);
  if (value === undefined) {
    // Removed from an object, which expectedOf writes key by key from the output: left out.
    const fromObject = shapeOf(parent.schema) === 'object' && isObject(parent.output);
    return fromObject ? setAt(baseExpected, path, undefined) : undefined;
  }
  const child = childSchema(parent.schema, parent.output, key);
  const valueOutput = (parent.output as Record<string | number, JsonValue>)[key];
  if (child === undefined || valueOutput === undefined) return undefined;
  return setAt(baseExpected, path, expectedOf(child, components, value, valueOutput));
}
