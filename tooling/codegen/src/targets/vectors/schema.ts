/**
 * Reading the component schemas the way the vectors need them: references resolved, nullability
 * split off, and each schema classified by the JSON shape it describes.
 */
import type { JsonSchema } from '@acme/contract';
import { CodegenError } from '../../errors.js';

export type Components = Record<string, JsonSchema>;
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | JsonValue[]
  | { [key: string]: JsonValue };
export type JsonPath = (string | number)[];

const PREFIX = '#/components/schemas/';

export const refName = (schema: JsonSchema): string | undefined =>
  schema.$ref?.startsWith(PREFIX) ? schema.$ref.slice(PREFIX.length) : undefined;

/** The schema behind a `$ref` (siblings such as `default` are dropped), or the schema itself. */
export function resolve(schema: JsonSchema, components: Components): JsonSchema {
  const name = refName(schema);
  if (name === undefined) return schema;
  const target = components[name];
  if (!target) throw new CodegenError(`unknown component referenced: ${name}`);
  return target;
}

/** `anyOf: [X, {type: null}]` as X plus a flag; anything else unchanged. */
export function splitNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  const members = schema.anyOf;
  if (members?.some((member) => member.type === 'null')) {
    const rest = members.filter((member) => member.type !== 'null');
    if (rest.length === 1 && rest[0]) return { schema: rest[0], nullable: true };
  }
  return { schema, nullable: false };
}

export type Shape =
  | 'object'
  | 'record'
  | 'array'
  | 'union'
  | 'enum'
  | 'const'
  | 'string'
  | 'dateTime'
  | 'integer'
  | 'number'
  | 'boolean';

/** The JSON shape a (resolved, non-nullable) schema describes; buildVectors names the model. */
export function shapeOf(schema: JsonSchema): Shape {
  if (schema.oneOf && schema.discriminator) return 'union';
  if (schema.enum) return 'enum';
  if (schema.const !== undefined) return 'const';
  switch (schema.type) {
    case 'object':
      return schema.properties ? 'object' : 'record';
    case 'array':
      return 'array';
    case 'string':
      return schema.format === 'date-time' ? 'dateTime' : 'string';
    case 'integer':
    case 'number':
    case 'boolean':
      return schema.type;
    default:
      throw new CodegenError(
        `vectors cannot be generated for this schema: ${JSON.stringify(schema).slice(0, 120)}`,
      );
  }
}

/** The variant component of a union for a tag, from the discriminator mapping. */
export function variantOf(union: JsonSchema, tag: unknown): string | undefined {
  const target = typeof tag === 'string' ? union.discriminator?.mapping?.[tag] : undefined;
  return target?.startsWith(PREFIX) ? target.slice(PREFIX.length) : undefined;
}

export const numberBound = (schema: JsonSchema, key: 'minimum' | 'maximum') =>
  typeof schema[key] === 'number' ? (schema[key] as number) : undefined;

export const countBound = (schema: JsonSchema, key: string) =>
  typeof schema[key] === 'number' ? (schema[key] as number) : undefined;

/** A copy of `value` with the value at `path` replaced (or removed, for `undefined`). */
export function setAt(
  value: JsonValue,
  path: JsonPath,
  replacement: JsonValue | undefined,
): JsonValue {
  if (path.length === 0) {
    if (replacement === undefined) throw new Error('cannot remove the root');
    return replacement;
  }
  const [head, ...rest] = path;
  if (Array.isArray(value) && typeof head === 'number') {
    const copy = [...value];
    copy[head] = setAt(copy[head] as JsonValue, rest, replacement);
    return copy;
  }
  if (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof head === 'string'
  ) {
    const copy: { [key: string]: JsonValue } = { ...value };
    if (rest.length === 0 && replacement === undefined) delete copy[head];
    else copy[head] = setAt(copy[head] as JsonValue, rest, replacement);
    return copy;
  }
  throw new Error(`no value at ${JSON.stringify(path)}`);
}

export function getAt(value: JsonValue, path: JsonPath): JsonValue | undefined {
  let current: JsonValue | undefined = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, JsonValue>)[key];
  }
  return current;
}
