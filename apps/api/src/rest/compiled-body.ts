import {
  COMPONENTS_PREFIX,
  type JsonSchema,
  modelIdOf,
  type RouteDefinition,
  walkSchema,
} from '@acme/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { compileOnFirstCall } from './compile-on-first-call.js';
import { contractSchemasOf } from './contract-schemas.js';

/** Accepts a parsed body and completes it in place (defaults in, unknown keys out), or refuses. */
export type CompiledBodyCheck = (data: unknown) => boolean;

// z.url() accepts what `new URL` parses and returns it trimmed, tabs and newlines removed:
// only a value already in that form passes here, so the value passed on is the one Zod returns.
const zodUrl = z.url();
const isZodUrl = (value: string) => {
  const result = zodUrl.safeParse(value);
  return result.success && result.data === value;
};

/**
 * The contract's input JSON Schemas, reshaped so ajv's result equals Zod's:
 * - objects get `additionalProperties: false`, which ajv's removeAdditional turns into "drop
 *   unknown keys" (Zod strips them; the published schema leaves them open for old clients);
 * - discriminator mappings go (ajv picks the variant from the `const` of each branch) and the
 *   union says it is an object (ajv's strict mode wants it said);
 * - components move to `$defs`, the place JSON Schema itself keeps shared definitions.
 */
function forAjv(components: Record<string, JsonSchema>): Record<string, JsonSchema> {
  const copy = structuredClone(components);
  walkSchema(copy, (node) => {
    if (node.type === 'object' && node.properties && node.additionalProperties === undefined) {
      node.additionalProperties = false;
    }
    if (node.discriminator) {
      node.discriminator = { propertyName: node.discriminator.propertyName };
      node.type = 'object';
    }
    if (node.$ref?.startsWith(COMPONENTS_PREFIX)) {
      node.$ref = `#/$defs/${node.$ref.slice(COMPONENTS_PREFIX.length)}`;
    }
  });
  return copy;
}

/**
 * The one schema the checks are compiled from: every shape of the contract under `$defs`
 * (see forAjv), with the contract's model names.
 */
export function contractInputSchema(routes: Record<string, RouteDefinition>) {
  const contract = contractSchemasOf(routes);
  return { contract, schema: { $id: 'contract', $defs: forAjv(contract.components) } };
}

/**
 * Compiles ajv checks of the contract's input shapes, from the same JSON Schemas the OpenAPI
 * document publishes (buildContractSchemas). Zod stays the definition: a value a check refuses
 * is handed to Zod, which decides and words the errors; apps/api/test/rest/compiled-body.test.ts
 * proves checks and Zod take and refuse the same generated vectors of every input model and
 * give the same value. ajv's compiled code is about ten times faster than Zod's parse of a task
 * body (1.5 us against 18 us).
 */
export function inputCheckCompiler(routes: Record<string, RouteDefinition>) {
  const { contract, schema } = contractInputSchema(routes);
  const ajv = new Ajv2020({
    strict: true,
    // ajv would compile the draft 2020-12 meta-schema at every start (~0.1-0.2 s, a third of
    // ajv's share of a start on PostgreSQL) only to check schemas that are fixed at build
    // time. test/rest/compiled-body.test.ts checks this very schema against the meta-schema
    // instead; strict mode's own checks (unknown keywords, ...) still run at compile.
    validateSchema: false,
    allErrors: false,
    useDefaults: true,
    removeAdditional: true,
    discriminator: true,
    // Zod compiles patterns without the u flag. String lengths: both count code points.
    unicodeRegExp: false,
    // The uuid, email and date-time schemas carry Zod's own regex as `pattern`; uri is Zod's
    // check; password only marks a secret (contract `secret()`).
    formats: { uuid: true, email: true, 'date-time': true, uri: isZodUrl, password: true },
  });
  ajv.addSchema(schema);
  /** The check of a registered model's input shape. */
  return (model: z.ZodType): CompiledBodyCheck => {
    const id = modelIdOf(model);
    const name = id === undefined ? undefined : contract.models[id]?.input;
    if (name === undefined) throw new Error(`Model ${String(id)} has no input shape`);
    return ajv.compile({ $ref: `contract#/$defs/${name}` });
  };
}

/**
 * One check per request body model of the route table, each compiled when its first body
 * arrives. Compiling every input shape (with the contract's JSON Schemas built first) was a
 * sixth of a production start's CPU, spent before the first request although most routes of a
 * start never see a body; the first body of each model now pays its own compile (a few ms) once.
 * The contract and the ajv instance are built once, on the first compile. `compiler` is for
 * tests: it counts compiles.
 */
export function compileBodyChecks(
  routes: Record<string, RouteDefinition>,
  compiler: () => (model: z.ZodType) => CompiledBodyCheck = () => inputCheckCompiler(routes),
): Map<z.ZodType, CompiledBodyCheck> {
  let compile: ((model: z.ZodType) => CompiledBodyCheck) | undefined;
  const checks = new Map<z.ZodType, CompiledBodyCheck>();
  for (const route of Object.values(routes)) {
    const model = route.body;
    if (model === undefined || checks.has(model)) continue;
    checks.set(
      model,
      compileOnFirstCall(() => {
        compile ??= compiler();
        return compile(model);
      }),
    );
  }
  return checks;
}
