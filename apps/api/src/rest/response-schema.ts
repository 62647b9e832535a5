import { type JsonSchema, modelIdOf, type RouteDefinition } from '@acme/contract';
import type { z } from 'zod';
import { contractSchemasOf } from './contract-schemas.js';
import { toSerializerComponents } from './serializer-schema.js';

/**
 * The JSON Schema Fastify's fast-json-stringify serializes a response with: the output shape of
 * the route's model, with every contract component alongside so `#/components/schemas/...`
 * references resolve inside the one document.
 */
export function responseSchemaFactory(table: Record<string, RouteDefinition>) {
  const contract = contractSchemasOf(table);
  const serializable = toSerializerComponents(contract.components);
  const components = { schemas: serializable };
  return (model: z.ZodType): JsonSchema => {
    const id = modelIdOf(model);
    const name = id === undefined ? undefined : contract.models[id]?.output;
    const schema = name === undefined ? undefined : serializable[name];
    if (name === undefined || schema === undefined) {
      throw new Error(`Response model ${String(id)} has no output shape in the contract schemas`);
    }
    return { ...schema, components };
  };
}
