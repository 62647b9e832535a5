import { type JsonSchema, refName } from '@acme/contract';

/**
 * The contract's output JSON Schemas, reshaped for fast-json-stringify. That library picks a
 * branch of anyOf/oneOf by running a validator on every value (about ten times slower than
 * JSON.stringify on a page of tasks), so unions are rewritten into shapes it writes without
 * validating. These schemas only serialize: the Zod models stay the source of truth.
 *
 * - anyOf/oneOf of scalar types (e.g. `uuid | null`) becomes one multi-type schema;
 * - a union of objects (the Attachment variants) becomes one object with every variant's
 *   properties, required only where every variant requires them; a property the variants
 *   declare differently is written as plain JSON;
 * - anything else keeps its union (correct, just slower);
 * - `default` goes: fast-json-stringify would write it for an absent field, inventing data
 *   (an `altText` on a link). Defaults are applied by Zod when input is parsed.
 */
export function toSerializerComponents(
  components: Record<string, JsonSchema>,
): Record<string, JsonSchema> {
  const resolve = (schema: JsonSchema): JsonSchema => {
    const name = schema.$ref === undefined ? undefined : refName(schema.$ref);
    const target = name === undefined ? undefined : components[name];
    return target === undefined ? schema : resolve(target);
  };

  const transform = (schema: JsonSchema): JsonSchema => {
    const { discriminator: _d, default: _default, ...rest } = schema;
    const options = rest.anyOf ?? rest.oneOf;
    if (options !== undefined) {
      const merged = mergeUnion(options.map(resolve));
      if (merged !== undefined) {
        const { anyOf: _a, oneOf: _o, ...siblings } = rest;
        return transform({ ...siblings, ...merged });
      }
    }
    const out: JsonSchema = { ...rest };
    if (rest.properties) {
      out.properties = Object.fromEntries(
        Object.entries(rest.properties).map(([key, value]) => [key, transform(value)]),
      );
    }
    if (rest.items) out.items = transform(rest.items);
    if (rest.additionalProperties && typeof rest.additionalProperties === 'object') {
      out.additionalProperties = transform(rest.additionalProperties);
    }
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
      if (rest[key]) out[key] = rest[key].map(transform);
    }
    return out;
  };

  return Object.fromEntries(
    Object.entries(components).map(([name, schema]) => [name, transform(schema)]),
  );
}

const isScalar = (schema: JsonSchema) =>
  typeof schema.type === 'string' && schema.type !== 'object' && schema.type !== 'array';

function mergeUnion(options: JsonSchema[]): JsonSchema | undefined {
  if (options.every(isScalar)) {
    // Formats and patterns only matter for validation; fast-json-stringify ignores them here.
    return { type: [...new Set(options.map((option) => option.type as string))] };
  }
  if (options.every((option) => option.type === 'object' && option.properties)) {
    const properties: Record<string, JsonSchema> = {};
    for (const option of options) {
      for (const [key, value] of Object.entries(option.properties ?? {})) {
        const seen = properties[key];
        const { const: _c, enum: _e, ...shape } = value;
        // Variants disagree on `kind`'s literal and that is fine: they agree on its type.
        if (seen === undefined) properties[key] = shape;
        else if (JSON.stringify(seen) !== JSON.stringify(shape)) properties[key] = {};
      }
    }
    const [first, ...others] = options;
    const required = (first?.required ?? []).filter((key) =>
      others.every((option) => option.required?.includes(key)),
    );
    return { type: 'object', properties, required };
  }
  return undefined;
}
