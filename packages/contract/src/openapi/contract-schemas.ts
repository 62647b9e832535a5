import { z } from 'zod';
import { ApiError } from '../models/error.js';
import type { RouteDefinition } from '../routes.js';
import { COMPONENTS_PREFIX, type JsonSchema, refName, refsOf, walkSchema } from './json-schema.js';

/** Which component names one model's shapes received. */
export interface ModelShapes {
  /** The shape the server sends (defaults applied: defaulted fields are required). */
  output?: string;
  /** The shape the server accepts (defaulted fields optional), when used in requests. */
  input?: string;
}

/**
 * Every model reachable from the route table as named JSON Schemas (2020-12), both shapes.
 * A model whose input shape differs from its output shape gets a second component named
 * `<id>Input`; models whose id already ends in `Input` are request-only and keep their name.
 */
export interface ContractSchemas {
  components: Record<string, JsonSchema>;
  models: Record<string, ModelShapes>;
}

type Io = 'input' | 'output';

export class ContractSchemaError extends Error {
  override name = 'ContractSchemaError';
}

/** The model id of a registered schema (`.meta({ id })`), if it has one. */
export const modelIdOf = (schema: z.ZodType): string | undefined => {
  const meta = z.globalRegistry.get(schema);
  return typeof meta?.id === 'string' ? meta.id : undefined;
};

type ZodDef = { type: string; discriminator?: string; catchall?: unknown };
type OverrideContext = { zodSchema: unknown; jsonSchema: JsonSchema };

/**
 * Fills in what z.toJSONSchema leaves out or overstates: `discriminator` on discriminated
 * unions, and no `additionalProperties: false` on plain objects in the output shape (Zod strips
 * unknown keys; clients must ignore fields added later, so the document must not forbid them).
 */
const normalize = (ctx: OverrideContext) => {
  const def = (ctx.zodSchema as { _zod: { def: ZodDef } })._zod.def;
  if (def.type === 'union' && typeof def.discriminator === 'string') {
    ctx.jsonSchema.discriminator = { propertyName: def.discriminator };
  }
  if (def.type === 'object' && def.catchall === undefined) {
    delete ctx.jsonSchema.additionalProperties;
  }
};

function convertAll(io: Io): Record<string, JsonSchema> {
  // Converting the whole registry at once makes every `.meta({ id })` model a named component
  // that the others $ref, instead of inlined copies.
  const { schemas } = z.toJSONSchema(z.globalRegistry, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    cycles: 'ref',
    uri: (id) => `${COMPONENTS_PREFIX}${id}`,
    override: normalize as never,
  });
  const cleaned: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _schema, $id: _id, ...rest } = schema as JsonSchema;
    cleaned[id] = rest;
  }
  return cleaned;
}

function closure(roots: Iterable<string>, all: Record<string, JsonSchema>): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    const schema = all[id];
    if (schema === undefined) throw new ContractSchemaError(`Unknown model referenced: ${id}`);
    seen.add(id);
    for (const ref of refsOf(schema)) stack.push(ref);
  }
  return seen;
}

function requireModelId(schema: z.ZodType, route: string, part: string): string {
  const id = modelIdOf(schema);
  if (id === undefined) {
    throw new ContractSchemaError(
      `Route "${route}": its ${part} must be a registered model; add .meta({ id: '...' }) to it`,
    );
  }
  return id;
}

/** The model ids a route table sends (responses, errors) and accepts (bodies). */
export function rootModels(routes: Record<string, RouteDefinition>) {
  const outputs = new Set<string>([requireModelId(ApiError, 'errors', 'error shape')]);
  const inputs = new Set<string>();
  for (const [name, route] of Object.entries(routes)) {
    if (route.response) outputs.add(requireModelId(route.response, name, 'response'));
    if (route.body) inputs.add(requireModelId(route.body, name, 'body'));
  }
  return { outputs, inputs };
}

/** Output and input shapes of every model the routes reach, with stable, deliberate names. */
export function buildContractSchemas(routes: Record<string, RouteDefinition>): ContractSchemas {
  const output = convertAll('output');
  const input = convertAll('input');
  const roots = rootModels(routes);
  const parameterRoots = new Set<string>();
  for (const route of Object.values(routes)) {
    for (const part of [route.params, route.query]) {
      if (part) for (const ref of refsOf(parameterSchema(part))) parameterRoots.add(ref);
    }
  }
  const outputIds = closure(roots.outputs, output);
  const inputIds = closure([...roots.inputs, ...parameterRoots], input);

  const models: Record<string, ModelShapes> = {};
  const inputName = (id: string) => {
    const same = outputIds.has(id) && JSON.stringify(input[id]) === JSON.stringify(output[id]);
    return same || id.endsWith('Input') ? id : `${id}Input`;
  };
  // A model whose own input shape equals its output may still refer to one that differs.
  const inputNames = new Map<string, string>();
  const resolveInputNames = () => {
    let changed = true;
    for (const id of inputIds) inputNames.set(id, inputName(id));
    while (changed) {
      changed = false;
      for (const id of inputIds) {
        if (inputNames.get(id) !== id) continue;
        const refsRenamed = [...refsOf(input[id] as JsonSchema)].some(
          (ref) => inputNames.get(ref) !== ref,
        );
        if (refsRenamed && !id.endsWith('Input')) {
          inputNames.set(id, `${id}Input`);
          changed = true;
        }
      }
    }
  };
  resolveInputNames();

  const components: Record<string, JsonSchema> = {};
  for (const id of [...outputIds].sort()) {
    components[id] = output[id] as JsonSchema;
    models[id] = { output: id };
  }
  for (const id of [...inputIds].sort()) {
    const name = inputNames.get(id) as string;
    const existing = components[name];
    const schema = renameRefs(input[id] as JsonSchema, inputNames);
    if (existing !== undefined && JSON.stringify(existing) !== JSON.stringify(schema)) {
      throw new ContractSchemaError(
        `Model "${id}": its input shape would be named "${name}", which another model already uses`,
      );
    }
    components[name] = schema;
    models[id] = { ...models[id], input: name };
  }
  addDiscriminatorMappings(components);
  return { components: sortRecord(components), models: sortRecord(models) };
}

/** JSON Schema of a params/query object as the server receives it, refs as components. */
export function parameterSchema(schema: z.ZodObject): JsonSchema {
  // Converting the object alone puts the models it uses under $defs (by id); pointing those refs
  // at components keeps them shared. Converting the whole registry per route instead made the
  // cost grow with the square of the contract.
  const {
    $schema: _s,
    $defs: _d,
    ...rest
  } = z.toJSONSchema(schema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  }) as JsonSchema;
  walkSchema(rest, (node) => {
    if (node.$ref?.startsWith('#/$defs/')) {
      node.$ref = `${COMPONENTS_PREFIX}${node.$ref.slice('#/$defs/'.length)}`;
    }
  });
  return rest;
}

/** Every model registered with `.meta({ id })`, by id. */
export function registeredModels(): Map<string, z.ZodType> {
  // The global registry keeps an id -> schema map; every `.meta({ id })` model is in it.
  const idmap = (z.globalRegistry as unknown as { _idmap: Map<string, z.ZodType> })._idmap;
  return new Map(idmap);
}

function renameRefs(schema: JsonSchema, names: Map<string, string>): JsonSchema {
  const copy = structuredClone(schema);
  walkSchema(copy, (node) => {
    const name = node.$ref === undefined ? undefined : refName(node.$ref);
    const renamed = name === undefined ? undefined : names.get(name);
    if (renamed !== undefined) node.$ref = `${COMPONENTS_PREFIX}${renamed}`;
  });
  return copy;
}

function addDiscriminatorMappings(components: Record<string, JsonSchema>): void {
  for (const [name, schema] of Object.entries(components)) {
    const propertyName = schema.discriminator?.propertyName;
    if (propertyName === undefined || !schema.oneOf) continue;
    const mapping: Record<string, string> = {};
    for (const variant of schema.oneOf) {
      const variantName = variant.$ref === undefined ? undefined : refName(variant.$ref);
      const tag = variantName
        ? components[variantName]?.properties?.[propertyName]?.const
        : undefined;
      if (variantName === undefined || typeof tag !== 'string') {
        throw new ContractSchemaError(
          `Model "${name}": every variant of a discriminated union must be a registered model ` +
            `with a literal "${propertyName}"`,
        );
      }
      mapping[tag] = `${COMPONENTS_PREFIX}${variantName}`;
    }
    schema.discriminator = { propertyName, mapping };
  }
}

function sortRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
