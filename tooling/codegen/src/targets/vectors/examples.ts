/**
 * Deterministic hand-made instances of a schema: `full` (every optional property present, one
 * minimal item per array or record) is the base that mutations start from; `minimal` has only
 * what is required.
 */
import type { JsonSchema } from '@acme/contract';
import fc from 'fast-check';
import {
  type Components,
  countBound,
  type JsonValue,
  numberBound,
  refName,
  resolve,
  shapeOf,
  splitNullable,
} from './schema.js';

export type ExampleMode = 'full' | 'minimal';

export const SAMPLE_INSTANT = '2024-02-29T12:34:56.789Z';
const SAMPLE_UUID = '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f';
const SAMPLE_EMAIL = 'ada.lovelace@example.com';
const SAMPLE_URI = 'https://example.com/docs/1';
const SAMPLE_TEXT = 'Tether ✓ sample';

const clamp = (value: number, schema: JsonSchema) =>
  Math.min(
    Math.max(value, numberBound(schema, 'minimum') ?? value),
    numberBound(schema, 'maximum') ?? value,
  );

/** A string meeting the schema's format, pattern and length bounds. */
export function sampleString(schema: JsonSchema): string {
  if (schema.format === 'uuid') return SAMPLE_UUID;
  if (schema.format === 'email') return SAMPLE_EMAIL;
  if (schema.format === 'uri') return SAMPLE_URI;
  if (typeof schema.pattern === 'string') {
    const [sample] = fc.sample(fc.stringMatching(new RegExp(schema.pattern)), {
      seed: 7,
      numRuns: 1,
    });
    return sample ?? '';
  }
  const min = countBound(schema, 'minLength') ?? 0;
  const max = countBound(schema, 'maxLength') ?? SAMPLE_TEXT.length;
  return SAMPLE_TEXT.slice(0, max).padEnd(min, 'x');
}

/** The item schema's component when an array recurses into a model already being built. */
const recursesInto = (schema: JsonSchema, stack: readonly string[]) => {
  const name = refName(splitNullable(schema).schema);
  return name !== undefined && stack.includes(name);
};

export function exampleOf(
  schema: JsonSchema,
  components: Components,
  mode: ExampleMode,
  stack: readonly string[] = [],
): JsonValue {
  const { schema: inner, nullable } = splitNullable(schema);
  if (nullable && mode === 'minimal') return null;
  const name = refName(inner);
  const resolved = resolve(inner, components);
  const inside = name === undefined ? stack : [...stack, name];
  switch (shapeOf(resolved)) {
    case 'enum':
      return resolved.enum?.[0] as JsonValue;
    case 'const':
      return resolved.const as JsonValue;
    case 'dateTime':
      return SAMPLE_INSTANT;
    case 'string':
      return sampleString(resolved);
    case 'integer':
      return clamp(3, resolved);
    case 'number':
      return clamp(2.5, resolved);
    case 'boolean':
      return true;
    case 'array': {
      const items = resolved.items ?? {};
      const count =
        mode === 'full' && !recursesInto(items, inside)
          ? 1
          : (countBound(resolved, 'minItems') ?? 0);
      // Items are minimal even in a full payload: the item's model has its own vectors, and a
      // vector repeating a full item a hundred times would only bloat the files.
      return Array.from({ length: count }, () => exampleOf(items, components, 'minimal', inside));
    }
    case 'record': {
      if (mode === 'minimal') return {};
      const values =
        typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : {};
      const key = sampleString(
        typeof resolved.propertyNames === 'object' ? (resolved.propertyNames as JsonSchema) : {},
      );
      return { [key || 'key']: exampleOf(values, components, 'minimal', inside) };
    }
    case 'union': {
      const [first] = resolved.oneOf ?? [];
      return first ? exampleOf(first, components, mode, inside) : null;
    }
    case 'object': {
      const required = new Set(resolved.required ?? []);
      const result: { [key: string]: JsonValue } = {};
      for (const [key, property] of Object.entries(resolved.properties ?? {})) {
        if (required.has(key)) result[key] = exampleOf(property, components, mode, inside);
        else if (mode === 'full' && !recursesInto(property, inside)) {
          result[key] = exampleOf(property, components, mode, inside);
        }
      }
      return result;
    }
  }
}
