/**
 * What a Dart model holds after decoding a vector, read from the JSON Schema alone: the
 * `decodedType` of a vector file. The generated Dart test reads each decoded object's own
 * fields (not its toJson) and checks them against this type and the vector's `expected`:
 * `int` where the schema says integer (never a double that equals it), `double` where number,
 * a UTC `DateTime` holding the exact instant where date-time, the class of each union variant,
 * enum members by wire value or `unknown`, absent vs null vs `Present(null)`.
 *
 * `checkDecoded` is the same reading in TypeScript: the generator refuses to write a vector
 * whose `expected` does not fit its model's decoded type (an expectation the Dart test could
 * not meet, or would meet for the wrong reason).
 */
import type { JsonSchema } from '@acme/contract';
import { CodegenError } from '../../errors.js';
import { dartTypeName } from '../dart/naming.js';
import { canonicalInstant } from './canonical.js';
import {
  type Components,
  type JsonValue,
  refName,
  shapeOf,
  splitNullable,
  variantOf,
} from './schema.js';

/**
 * - `int`, `double`, `string`, `bool`: a Dart value of exactly that runtime type;
 * - `dateTime`: a `DateTime` with `isUtc`, whose `toIso8601String()` is the expected text
 *   (the canonical instant: exact to the microsecond);
 * - `nullable`: null where expected is null, else the inner type;
 * - `list` / `map`: a Dart List / Map<String, ...> of the inner type;
 * - `enum`: a member whose wire value is expected, or `unknown` for a value not listed;
 * - `const`: a literal field's getter;
 * - `model`: the decoded type of that component (in its own vector file);
 * - `fields`: a model object: its fields by JSON name; `class` its Dart class (components);
 *   a field `{ optional: T }` may be absent: then the Dart field is null, and a nullish one
 *   (T nullable) is otherwise a `Present` holding the value;
 * - `union`: the variant class the tag picks, or the union's unknown variant keeping the JSON.
 */
export type DecodedType =
  | 'int'
  | 'double'
  | 'string'
  | 'bool'
  | 'dateTime'
  | { nullable: DecodedType }
  | { list: DecodedType }
  | { map: DecodedType }
  | { enum: string[] }
  | { const: string | number | boolean }
  | { model: string }
  | { class?: string; fields: Record<string, DecodedField> }
  | { union: { tag: string; variants: Record<string, string>; unknown: string } };

export type DecodedField = DecodedType | { optional: DecodedType };

const isOptional = (field: DecodedField): field is { optional: DecodedType } =>
  typeof field === 'object' && 'optional' in field;

/** The decoded type of a component's own schema (references to others stay `model`). */
export function decodedTypeOf(component: string, components: Components): DecodedType {
  const schema = components[component];
  if (schema === undefined) throw new CodegenError(`unknown component: ${component}`);
  return describe(schema, components, dartTypeName(component), component);
}

/** Components with a Dart declaration of their own; others (aliases) are read inline. */
function isDeclared(schema: JsonSchema): boolean {
  if (schema.oneOf && schema.discriminator) return true;
  const shape = shapeOf(splitNullable(schema).schema);
  return splitNullable(schema).nullable === false && (shape === 'object' || shape === 'enum');
}

function describe(
  schema: JsonSchema,
  components: Components,
  className?: string,
  union?: string,
): DecodedType {
  const ref = refName(schema);
  if (ref !== undefined) {
    const target = components[ref];
    if (target === undefined) throw new CodegenError(`unknown component referenced: ${ref}`);
    return isDeclared(target) ? { model: ref } : describe(target, components);
  }
  const { schema: inner, nullable } = splitNullable(schema);
  if (nullable) return { nullable: describe(inner, components) };
  switch (shapeOf(inner)) {
    case 'integer':
      return 'int';
    case 'number':
      return 'double';
    case 'string':
      return 'string';
    case 'boolean':
      return 'bool';
    case 'dateTime':
      return 'dateTime';
    case 'enum':
      return { enum: (inner.enum ?? []).map(String) };
    case 'const':
      return { const: inner.const as string | number | boolean };
    case 'array':
      return { list: describe(inner.items ?? {}, components) };
    case 'record':
      return {
        map: describe(
          typeof inner.additionalProperties === 'object' ? inner.additionalProperties : {},
          components,
        ),
      };
    case 'union': {
      const variants: Record<string, string> = {};
      for (const tag of Object.keys(inner.discriminator?.mapping ?? {}).sort()) {
        const variant = variantOf(inner, tag);
        if (variant !== undefined) variants[tag] = variant;
      }
      if (union === undefined) {
        throw new CodegenError('an inline discriminated union has no Dart class');
      }
      return {
        union: {
          tag: inner.discriminator?.propertyName ?? '',
          variants,
          unknown: `Unknown${dartTypeName(union)}`,
        },
      };
    }
    case 'object': {
      const required = new Set(inner.required ?? []);
      const fields: Record<string, DecodedField> = {};
      for (const [key, property] of Object.entries(inner.properties ?? {})) {
        const type = describe(property, components);
        fields[key] = required.has(key) ? type : { optional: type };
      }
      return className === undefined ? { fields } : { class: className, fields };
    }
  }
}

const isObject = (value: JsonValue | undefined): value is { [key: string]: JsonValue } =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Where `expected` (what a vector says the model re-encodes) does not fit `type`, as a path
 * and a reason; undefined when it fits. `typeOf` gives a component's decoded type.
 */
export function checkDecoded(
  type: DecodedType,
  expected: JsonValue,
  typeOf: (component: string) => DecodedType,
  path = '$',
): string | undefined {
  // An edge case's expected shares all but the edited branch with its base's (setAt copies
  // only the way down): a branch already found to fit a type is not walked again.
  if (expected === null || typeof expected !== 'object') {
    return checkNode(type, expected, typeOf, path);
  }
  const known = fitting.get(expected);
  if (known?.has(type)) return undefined;
  const problem = checkNode(type, expected, typeOf, path);
  if (problem === undefined) {
    if (known) known.add(type);
    else fitting.set(expected, new Set([type]));
  }
  return problem;
}

/** JSON objects and arrays already found to fit a decoded type (types are memoized). */
const fitting = new WeakMap<object, Set<DecodedType>>();

function checkNode(
  type: DecodedType,
  expected: JsonValue,
  typeOf: (component: string) => DecodedType,
  path: string,
): string | undefined {
  const wrong = (what: string) => `${path}: ${JSON.stringify(expected)} is not ${what}`;
  if (typeof type === 'string') {
    switch (type) {
      case 'int':
        return Number.isSafeInteger(expected) ? undefined : wrong('an int');
      case 'double':
        return typeof expected === 'number' && Number.isFinite(expected)
          ? undefined
          : wrong('a double');
      case 'string':
        return typeof expected === 'string' ? undefined : wrong('a string');
      case 'bool':
        return typeof expected === 'boolean' ? undefined : wrong('a bool');
      case 'dateTime':
        return typeof expected === 'string' && canonicalInstant(expected) === expected
          ? undefined
          : wrong('a canonical UTC instant');
    }
  }
  if ('nullable' in type) {
    return expected === null ? undefined : checkDecoded(type.nullable, expected, typeOf, path);
  }
  if ('list' in type) {
    if (!Array.isArray(expected)) return wrong('a list');
    for (const [index, item] of expected.entries()) {
      const problem = checkDecoded(type.list, item, typeOf, `${path}[${index}]`);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  if ('map' in type) {
    if (!isObject(expected)) return wrong('a map');
    for (const [key, item] of Object.entries(expected)) {
      const problem = checkDecoded(type.map, item, typeOf, `${path}.${key}`);
      if (problem !== undefined) return problem;
    }
    return undefined;
  }
  if ('enum' in type) return typeof expected === 'string' ? undefined : wrong('an enum value');
  if ('const' in type) return expected === type.const ? undefined : wrong('the literal');
  if ('model' in type) return checkDecoded(typeOf(type.model), expected, typeOf, path);
  if ('union' in type) {
    if (!isObject(expected) || typeof expected[type.union.tag] !== 'string') {
      return wrong(`an object tagged by ${type.union.tag}`);
    }
    const variant = type.union.variants[expected[type.union.tag] as string];
    // An unknown tag: the unknown variant keeps whatever JSON came.
    return variant === undefined
      ? undefined
      : checkDecoded(typeOf(variant), expected, typeOf, path);
  }
  if (!isObject(expected)) return wrong('an object');
  for (const key of Object.keys(expected)) {
    if (!Object.hasOwn(type.fields, key)) return `${path}.${key}: not a field of the model`;
  }
  for (const [key, field] of Object.entries(type.fields)) {
    const value = expected[key];
    if (value === undefined) {
      if (isOptional(field)) continue;
      return `${path}.${key}: a required field is absent`;
    }
    const inner = isOptional(field) ? field.optional : field;
    const problem = checkDecoded(inner, value, typeOf, `${path}.${key}`);
    if (problem !== undefined) return problem;
  }
  return undefined;
}
