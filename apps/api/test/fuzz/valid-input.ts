import {
  buildContractSchemas,
  type JsonSchema,
  modelIdOf,
  type OperationName,
  parameterSchema,
  type RouteDefinition,
  routes,
} from '@acme/contract';
import fc from 'fast-check';
import type { z } from 'zod';
// The codegen's vectors target already derives fast-check arbitraries from the contract's JSON
// Schema (and checks them against Zod): the fuzz reuses it rather than keeping a second copy.
import { arbitraryOf } from '../../../../tooling/codegen/src/targets/vectors/arbitrary.js';
import { Ref, type RefKind } from './markers.js';

/** An operation's input split the REST way; tRPC merges the same parts into one object. */
export interface InputParts {
  params?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

/** `part.field` of an input that names an existing row (or an issued cursor). */
export type References = Partial<Record<`${'params' | 'query' | 'body'}.${string}`, RefKind>>;

const contract = buildContractSchemas(routes);
const components = contract.components;

/** Mostly a live reference (so writes succeed and reads hit rows), sometimes a random value. */
const referenceOr = (kind: RefKind, random: fc.Arbitrary<unknown>) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: 1_000_000 }).map((pick) => new Ref(kind, pick)) },
    { weight: 1, arbitrary: random },
  );

function objectArbitrary(
  schema: JsonSchema,
  part: 'params' | 'query' | 'body',
  references: References,
): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const random = arbitraryOf(property, components);
    const kind = references[`${part}.${key}`];
    fields[key] = kind === undefined ? random : referenceOr(kind, random);
  }
  return fc.record(fields, { requiredKeys: schema.required ?? [] });
}

const bodySchemaOf = (name: string, body: z.ZodType): JsonSchema => {
  const id = modelIdOf(body);
  const component = id === undefined ? undefined : contract.models[id]?.input;
  const schema = component === undefined ? undefined : components[component];
  if (schema === undefined) throw new Error(`${name}: its body has no input shape in the contract`);
  return schema;
};

/** Inputs the contract accepts for one operation, with the references its plan names. */
export function validInput(name: OperationName, references: References): fc.Arbitrary<InputParts> {
  const route: RouteDefinition = routes[name];
  const parts: Record<string, fc.Arbitrary<unknown>> = {};
  if (route.params) {
    parts.params = objectArbitrary(parameterSchema(route.params), 'params', references);
  }
  if (route.query) {
    parts.query = objectArbitrary(parameterSchema(route.query), 'query', references);
  }
  if (route.body) {
    parts.body = objectArbitrary(bodySchemaOf(name, route.body), 'body', references);
  }
  return fc.record(parts) as fc.Arbitrary<InputParts>;
}
