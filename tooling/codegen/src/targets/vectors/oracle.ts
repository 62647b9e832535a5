/**
 * Zod as the oracle of the vectors: does it accept a payload, and what does it output. Most
 * payloads are a valid base with one value changed (an edge case); for those, re-parsing only
 * the changed value gives the same answer as re-parsing the whole payload when nothing above
 * that value looks at it (plain objects, arrays, records, tagged unions, optional/default
 * wrappers without refinements). That was most of the vectors' Zod time: a 200-model contract
 * parsed ~29,000 whole payloads. Anything else falls back to parsing the whole payload.
 */
import type { z } from 'zod';
import { getAt, type JsonPath, type JsonValue, setAt } from './schema.js';

/**
 * `local`: the payload is an edge case whose output is its base's with only the edited value
 * changed (judged from that value alone, see judgeEdit), which lets expectedOfEdit start from
 * the base's expected too.
 */
export type Judgement = { ok: true; output: JsonValue; local?: true } | { ok: false };

/** The whole payload through the model's Zod schema. Zod never writes to its input. */
export function judge(zod: z.ZodType, json: JsonValue): Judgement {
  const result = zod.safeParse(json);
  return result.success ? { ok: true, output: asJson(result.data) } : { ok: false };
}

/**
 * `judge(zod, whole)` for `whole` = `base` with `value` at `path`, given that `base` was
 * accepted with output `baseOutput`. The same answer, bit for bit, computed from the changed
 * value alone when the schemas above it cannot tell (see schemaAt and judgeRemoval).
 */
export function judgeEdit(
  zod: z.ZodType,
  base: JsonValue,
  baseOutput: JsonValue,
  path: JsonPath,
  value: JsonValue | undefined,
  whole: JsonValue,
): Judgement {
  if (path.length === 0) return judge(zod, whole);
  if (value === undefined) return judgeRemoval(zod, base, baseOutput, path) ?? judge(zod, whole);
  const child = schemaAt(zod, base, baseOutput, path);
  if (child === undefined) return judge(zod, whole);
  const result = child.safeParse(value);
  if (!result.success) return { ok: false };
  // An undefined output would make an object drop the key (or an array hold null): rare enough
  // to leave to the whole parse.
  if (result.data === undefined) return judge(zod, whole);
  return { ok: true, output: setAt(baseOutput, path, asJson(result.data)), local: true };
}

/**
 * A property removed from an object, decided as Zod's object parser decides an absent key
 * (handlePropertyResult in zod/v4/core): a required key (no `optin`) fails whatever its schema
 * says of undefined; an optional-in, optional-out key is left out; anything else (a default:
 * where its value lands in the output) is left to the whole parse (undefined).
 */
function judgeRemoval(
  zod: z.ZodType,
  base: JsonValue,
  baseOutput: JsonValue,
  path: JsonPath,
): Judgement | undefined {
  const key = path[path.length - 1];
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? zod : schemaAt(zod, base, baseOutput, parentPath);
  const parentValue = getAt(base, parentPath);
  if (parent === undefined || typeof key !== 'string') return undefined;
  const object = containerOf(parent, parentValue, key);
  if (object === undefined) return undefined;
  const def = defOf(object);
  const shape = def.type === 'object' ? def.shape : undefined;
  if (shape === undefined || !Object.hasOwn(shape, key)) return undefined;
  type Optionality = { _zod: { optin?: string; optout?: string } };
  const property = (shape[key] as unknown as Optionality)._zod;
  if (property.optin === undefined) return { ok: false };
  if (property.optin === 'optional' && property.optout === 'optional') {
    return { ok: true, output: setAt(baseOutput, path, undefined), local: true };
  }
  return undefined;
}

type Check = { _zod: { def: { check: string } } };
type Def = {
  type: string;
  checks?: Check[];
  shape?: Record<string, z.ZodType>;
  catchall?: unknown;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  getter?: () => z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  unionFallback?: boolean;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const propValuesOf = (schema: z.ZodType) =>
  (schema as unknown as { _zod: { propValues?: Record<string, Set<unknown>> } })._zod.propValues;

/** Checks that only look at a collection's size, which replacing one item does not change. */
const SIZE_CHECKS = new Set(['min_length', 'max_length', 'length_equals']);
const noChecks = (def: Def) => (def.checks ?? []).length === 0;

const isPlainObject = (value: unknown): value is Record<string, JsonValue> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The schema that parses `value` itself, through optional/nullable/default wrappers, lazy
 * schemas and tagged unions (the option the tag picks, when `key` is not the tag); undefined
 * if one of them has a check that reads the value, or the way down is not certain.
 */
function containerOf(schema: z.ZodType, value: unknown, key: string | number) {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (!noChecks(def) && def.type !== 'array') return undefined;
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') {
      if (value === undefined || value === null || def.innerType === undefined) return undefined;
      current = def.innerType;
    } else if (def.type === 'lazy' && def.getter) {
      current = def.getter();
    } else if (def.type === 'union' && typeof def.discriminator === 'string') {
      if (def.unionFallback || !isPlainObject(value) || key === def.discriminator) {
        return undefined;
      }
      const tag = value[def.discriminator];
      const matches = (def.options ?? []).filter((option) =>
        propValuesOf(option)?.[def.discriminator as string]?.has(tag),
      );
      if (matches.length !== 1) return undefined;
      current = matches[0] as z.ZodType;
    } else {
      return current;
    }
  }
}

/**
 * The schema of the value at `path` (not empty), when parsing `base` with that value replaced
 * (by a defined value) must give `base`'s output with only that value's output replaced: every
 * schema on the way down passes its child's value through unchanged and has no check that
 * reads it. Undefined when that is not certain.
 */
function schemaAt(
  root: z.ZodType,
  base: JsonValue,
  baseOutput: JsonValue,
  path: JsonPath,
): z.ZodType | undefined {
  let schema = root;
  let value: unknown = base;
  let output: unknown = baseOutput;
  for (const key of path) {
    const container = containerOf(schema, value, key);
    if (container === undefined) return undefined;
    const def = defOf(container);
    let next: z.ZodType | undefined;
    if (def.type === 'object' && typeof key === 'string' && isPlainObject(value)) {
      next = Object.hasOwn(def.shape ?? {}, key) ? def.shape?.[key] : undefined;
    } else if (def.type === 'array' && typeof key === 'number' && Array.isArray(value)) {
      if (!(def.checks ?? []).every((check) => SIZE_CHECKS.has(check._zod.def.check))) {
        return undefined;
      }
      next = def.element;
    } else if (def.type === 'record' && typeof key === 'string' && isPlainObject(value)) {
      // The key itself is unchanged and was accepted; only plain string keys pass through as is.
      const keyDef = def.keyType === undefined ? undefined : defOf(def.keyType);
      if (keyDef?.type !== 'string' || !noChecks(def)) return undefined;
      next = def.valueType;
    }
    if (next === undefined || key === '__proto__') return undefined;
    // The base's output must hold the value where the payload does: same key, same index.
    if (!Object.hasOwn(value as object, key) || !hasKey(output, key)) return undefined;
    schema = next;
    value = (value as Record<string | number, unknown>)[key];
    output = (output as Record<string | number, unknown>)[key];
  }
  return schema;
}

const hasKey = (value: unknown, key: string | number) =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, key);

/**
 * Zod's output as the JSON value it serializes to: the same result as
 * `JSON.parse(JSON.stringify(value))` (undefined properties dropped, -0 as 0, undefined array
 * items as null), without printing and re-parsing every payload, which took a third of the
 * vectors' time. Anything that is not plain JSON data (a Date, a class) takes that slow path.
 */
export function asJson(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value + 0 : null;
  if (Array.isArray(value)) {
    return value.map((item) =>
      item === undefined || typeof item === 'function' || typeof item === 'symbol'
        ? null
        : asJson(item),
    );
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item !== undefined && typeof item !== 'function' && typeof item !== 'symbol') {
        copy[key] = asJson(item);
      }
    }
    return copy;
  }
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}
