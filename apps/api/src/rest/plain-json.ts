import { type JsonSchema, refName } from '@acme/contract';

/** True when a value already has exactly the shape fast-json-stringify would write for it. */
type Fits = (value: unknown) => boolean;

/**
 * Keywords that do not change what fast-json-stringify writes for a value of the right type
 * (they only matter to a validator), plus the structural ones handled below. A schema using
 * any other keyword (anyOf, const, patternProperties, ...) gets no fast path at all.
 */
const understood = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  '$ref',
  'components',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'propertyNames',
  'minProperties',
  'maxProperties',
  'enum',
  'title',
  'description',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$schema',
  '$id',
  'id',
]);

class Unsupported extends Error {}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const scalarFits: Record<string, Fits> = {
  string: (value) => typeof value === 'string',
  // fast-json-stringify rounds a fractional "integer" and refuses non-finite numbers;
  // such values go the slow way so the output stays exactly its.
  integer: (value) => Number.isInteger(value),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  boolean: (value) => typeof value === 'boolean',
  null: (value) => value === null,
};

/**
 * Compiles a response schema (the one fast-json-stringify serializes with, `components`
 * alongside) into a check: does a value already look exactly like what fast-json-stringify
 * would write? Plain objects with only declared keys (or keys its additionalProperties
 * schema covers), every required key present, scalars of their declared type. For such a
 * value JSON.stringify (native, several times faster on a page of tasks) writes the same
 * JSON as fast-json-stringify, keys possibly in the value's order instead of the schema's.
 * Anything else (an extra column, a Date, a number where a string is declared) fails the
 * check and is left to fast-json-stringify, which strips and coerces as before.
 * Returns undefined when the schema uses a keyword this check does not model.
 */
export function compilePlainJsonCheck(schema: JsonSchema): Fits | undefined {
  const components = (schema.components as { schemas?: Record<string, JsonSchema> } | undefined)
    ?.schemas;
  const byRef = new Map<string, Fits>();

  const compile = (node: JsonSchema): Fits => {
    for (const key of Object.keys(node)) {
      if (!understood.has(key)) throw new Unsupported(key);
    }
    if (node.$ref !== undefined) {
      const name = refName(node.$ref);
      const target = name === undefined ? undefined : components?.[name];
      if (name === undefined || target === undefined || Object.keys(node).length > 1) {
        throw new Unsupported(node.$ref);
      }
      const known = byRef.get(name);
      if (known) return known;
      // Recursive models (a checklist item's children) refer to themselves: register a
      // forwarder before compiling the target.
      let compiled: Fits | undefined;
      const forward: Fits = (value) => (compiled as Fits)(value);
      byRef.set(name, forward);
      compiled = compile(target);
      return compiled;
    }
    if (node.type === undefined) {
      if (node.properties || node.items || node.additionalProperties !== undefined) {
        throw new Unsupported('structure without type');
      }
      // `{}`: fast-json-stringify writes such a value with JSON.stringify itself.
      return (value) => value !== undefined;
    }
    const types = Array.isArray(node.type) ? node.type : [node.type];
    const checks = types.map((type) => {
      if (type === 'object') return compileObject(node);
      if (type === 'array') return compileArray(node);
      const check = scalarFits[type];
      if (check === undefined) throw new Unsupported(`type ${type}`);
      return check;
    });
    if (checks.length === 1) return checks[0] as Fits;
    return (value) => checks.some((check) => check(value));
  };

  const compileObject = (node: JsonSchema): Fits => {
    const declared = new Map<string, Fits>();
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      declared.set(key, compile(child));
    }
    const required = node.required ?? [];
    const extra = node.additionalProperties;
    const extraFits: Fits | undefined =
      extra === true ? (value) => value !== undefined : extra ? compile(extra) : undefined;
    return (value) => {
      if (!isPlainObject(value)) return false;
      for (const key of required) if (value[key] === undefined) return false;
      for (const key of Object.keys(value)) {
        const child = value[key];
        const fits = declared.get(key);
        if (fits !== undefined) {
          // Both serializers leave out an undefined optional property.
          if (child !== undefined && !fits(child)) return false;
        } else if (extraFits === undefined || child === undefined || !extraFits(child)) {
          // fast-json-stringify drops undeclared keys: let it.
          return false;
        }
      }
      return true;
    };
  };

  const compileArray = (node: JsonSchema): Fits => {
    if (node.items === undefined || Array.isArray(node.items)) throw new Unsupported('items');
    const itemFits = compile(node.items);
    return (value) => {
      if (!Array.isArray(value)) return false;
      for (let index = 0; index < value.length; index++) {
        if (!itemFits(value[index])) return false;
      }
      return true;
    };
  };

  try {
    const { components: _components, ...root } = schema;
    return compile(root);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}
