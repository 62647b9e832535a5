import type { JsonSchema } from '@acme/contract';

export type Kind =
  | 'ref'
  | 'enum'
  | 'const'
  | 'union'
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'null'
  | 'array'
  | 'object'
  | 'record'
  | 'any'
  | 'other';

/** A schema with its nullability taken apart: what the value is when it is not null. */
export interface View {
  node: JsonSchema;
  nullable: boolean;
  kind: Kind;
}

const isNullSchema = (schema: JsonSchema) => schema.type === 'null';

/** Keywords that say nothing about which values are valid. */
const NON_CONSTRAINING = new Set(['default', 'deprecated', 'readOnly', 'writeOnly']);

function kindOf(node: JsonSchema): Kind {
  if (node.$ref !== undefined) return 'ref';
  if (Array.isArray(node.enum)) return 'enum';
  if ('const' in node) return 'const';
  // A one-variant discriminated union is still a union: adding variants must compare as such.
  if ((node.oneOf ?? node.anyOf) !== undefined) return 'union';
  if (typeof node.type === 'string') {
    if (node.type === 'object') {
      const values = node.additionalProperties;
      return node.properties === undefined && typeof values === 'object' ? 'record' : 'object';
    }
    if (['string', 'integer', 'number', 'boolean', 'null', 'array'].includes(node.type)) {
      return node.type as Kind;
    }
  }
  if (Object.keys(node).every((key) => NON_CONSTRAINING.has(key))) return 'any';
  return 'other';
}

/**
 * Zod writes `.nullable()` as `anyOf: [T, {type: 'null'}]`; other tools write `type: [T, 'null']`.
 * Both become `{ node: T, nullable: true }`, so nullability and the type are compared apart.
 */
export function viewOf(schema: JsonSchema): View {
  for (const key of ['anyOf', 'oneOf'] as const) {
    const members = schema[key];
    if (!members?.some(isNullSchema)) continue;
    const rest = members.filter((member) => !isNullSchema(member));
    const { [key]: _members, default: _default, ...siblings } = schema;
    const node = rest.length === 1 ? { ...siblings, ...rest[0] } : { ...siblings, [key]: rest };
    return { node, nullable: true, kind: rest.length === 0 ? 'null' : kindOf(node) };
  }
  if (Array.isArray(schema.type) && schema.type.includes('null')) {
    const types = schema.type.filter((type) => type !== 'null');
    const node = { ...schema, type: types.length === 1 ? types[0] : types };
    return { node, nullable: true, kind: kindOf(node) };
  }
  return { node: schema, nullable: false, kind: kindOf(schema) };
}

export interface Bound {
  value: number;
  exclusive: boolean;
}

/** The tighter of `maximum`/`exclusiveMaximum` (or the minimum pair); plain keywords as is. */
export function boundOf(node: JsonSchema, keyword: string): Bound | undefined {
  const plain = typeof node[keyword] === 'number' ? (node[keyword] as number) : undefined;
  const exclusiveKey =
    keyword === 'maximum' ? 'exclusiveMaximum' : keyword === 'minimum' ? 'exclusiveMinimum' : '';
  const exclusive =
    exclusiveKey && typeof node[exclusiveKey] === 'number'
      ? (node[exclusiveKey] as number)
      : undefined;
  if (exclusive === undefined)
    return plain === undefined ? undefined : { value: plain, exclusive: false };
  if (plain === undefined) return { value: exclusive, exclusive: true };
  const upper = keyword === 'maximum';
  const exclusiveIsTighter = upper ? exclusive <= plain : exclusive >= plain;
  return exclusiveIsTighter
    ? { value: exclusive, exclusive: true }
    : { value: plain, exclusive: false };
}

/** Whether `next` admits fewer values than `previous` (undefined: unbounded). */
export function isTighter(next: Bound | undefined, previous: Bound | undefined, upper: boolean) {
  if (next === undefined) return false;
  if (previous === undefined) return true;
  if (next.value !== previous.value)
    return upper ? next.value < previous.value : next.value > previous.value;
  return next.exclusive && !previous.exclusive;
}

export const sameBound = (a: Bound | undefined, b: Bound | undefined) =>
  a?.value === b?.value && a?.exclusive === b?.exclusive;
