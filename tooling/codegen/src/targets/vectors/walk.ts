/** Walks a JSON value alongside its schema, visiting every node with what the schema says of it. */
import type { JsonSchema } from '@acme/contract';
import {
  type Components,
  type JsonPath,
  type JsonValue,
  refName,
  resolve,
  type Shape,
  shapeOf,
  splitNullable,
  variantOf,
} from './schema.js';

export interface SchemaNode {
  path: JsonPath;
  value: JsonValue;
  /** The resolved, non-nullable schema of the node. */
  schema: JsonSchema;
  shape: Shape;
  nullable: boolean;
  /** The component the node's schema refers to, if any. */
  component?: string;
  /** Set for object properties: whether Zod's JSON Schema lists it as required. */
  property?: { required: boolean; discriminator?: boolean };
}

export function walk(
  schema: JsonSchema,
  value: JsonValue,
  components: Components,
  visit: (node: SchemaNode) => void,
  path: JsonPath = [],
  property?: SchemaNode['property'],
): void {
  const { schema: inner, nullable } = splitNullable(schema);
  const component = refName(inner);
  const resolved = resolve(inner, components);
  const shape = shapeOf(resolved);
  visit({
    path,
    value,
    schema: resolved,
    shape,
    nullable,
    ...(component ? { component } : {}),
    ...(property ? { property } : {}),
  });
  if (value === null || typeof value !== 'object') return;
  if (shape === 'array' && Array.isArray(value)) {
    value.forEach((item, index) => {
      walk(resolved.items ?? {}, item, components, visit, [...path, index]);
    });
  } else if (shape === 'record' && !Array.isArray(value)) {
    const values =
      typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : {};
    for (const [key, item] of Object.entries(value))
      walk(values, item, components, visit, [...path, key]);
  } else if (shape === 'object' && !Array.isArray(value)) {
    const required = new Set(resolved.required ?? []);
    for (const [key, item] of Object.entries(value)) {
      const propertySchema = resolved.properties?.[key];
      if (propertySchema) {
        walk(propertySchema, item, components, visit, [...path, key], {
          required: required.has(key),
        });
      }
    }
  } else if (shape === 'union' && !Array.isArray(value)) {
    const variant = variantOf(resolved, value[resolved.discriminator?.propertyName ?? '']);
    const variantSchema = variant === undefined ? undefined : components[variant];
    // The variant's own properties, at the same path (the union node itself was visited above).
    if (variantSchema) {
      const required = new Set(variantSchema.required ?? []);
      const tag = resolved.discriminator?.propertyName;
      for (const [key, item] of Object.entries(value)) {
        const propertySchema = variantSchema.properties?.[key];
        if (propertySchema) {
          walk(propertySchema, item, components, visit, [...path, key], {
            required: required.has(key),
            ...(key === tag ? { discriminator: true } : {}),
          });
        }
      }
    }
  }
}
