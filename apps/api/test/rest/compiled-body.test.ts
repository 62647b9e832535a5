import { readFileSync } from 'node:fs';
import { readVectorFile } from '@acme/codegen/vectors';
import {
  buildContractSchemas,
  CreateProjectInput,
  CreateTaskInput,
  type RouteDefinition,
  registeredModels,
  routes,
  UpdateTaskInput,
} from '@acme/contract';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  compileBodyChecks,
  contractInputSchema,
  inputCheckCompiler,
} from '../../src/rest/compiled-body.js';
import { zodValidatorCompiler } from '../../src/rest/zod-validator.js';

// The compiled checks (ajv, from the contract's input JSON Schemas) stand in for Zod on the
// request path: they must take exactly what Zod takes, give the value Zod gives, and leave
// everything else to Zod. Proven on the cross-language vectors codegen generates for every
// model (valid, invalid, tolerated, forward) and on random edits of valid bodies.

const vectorsDir = new URL('../../../../packages/dart_client/test/vectors/', import.meta.url);
const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** A model's vector file, every vector whole (edge cases are stored as edits of a base). */
const vectorsOf = (name: string) => {
  const url = new URL(`${snake(name)}.json`, vectorsDir);
  return readVectorFile(readFileSync(url, 'utf8'), url.pathname);
};

const contract = buildContractSchemas(routes);
const compile = inputCheckCompiler(routes);
const inputModels = [...registeredModels()].flatMap(([id, model]) => {
  const name = contract.models[id]?.input;
  return name === undefined ? [] : [{ id, name, model }];
});

/** What the check and Zod make of one JSON value (each on its own copy). */
function both(model: z.ZodType, check: (data: unknown) => boolean, json: unknown) {
  const checked = structuredClone(json);
  const accepted = check(checked);
  const zod = model.safeParse(structuredClone(json));
  return { accepted, checked, zod };
}

describe('compiled input checks agree with Zod', () => {
  it('covers every input model of the contract', () => {
    expect(inputModels.map((m) => m.name).sort()).toEqual(
      Object.values(contract.models)
        .flatMap((shapes) => (shapes.input ? [shapes.input] : []))
        .sort(),
    );
  });

  describe.each(inputModels)('$name', ({ name, model }) => {
    const vectors = vectorsOf(name);
    const check = compile(model);

    // Every category, tolerated and forward included: those are about what Dart decodes
    // leniently; on the server both Zod and the check refuse them, so no category differs.
    it.each(
      (['valid', 'invalid', 'tolerated', 'forward'] as const).flatMap((category) =>
        vectors[category].map((vector) => ({ category, ...vector })),
      ),
    )('$category: $name', ({ json }) => {
      const { accepted, checked, zod } = both(model, check, json);
      expect(accepted).toBe(zod.success);
      if (zod.success) expect(checked).toEqual(zod.data);
    });
  });
});

describe('the body validator', () => {
  const checks = compileBodyChecks(routes);
  const bodies = [CreateTaskInput, UpdateTaskInput, CreateProjectInput] as z.ZodType[];

  it('has a check for every body of the route table, and each one compiles', () => {
    for (const route of Object.values(routes) as RouteDefinition[]) {
      if (!route.body) continue;
      const check = checks.get(route.body);
      expect(check).toBeDefined();
      // The first call compiles: a schema ajv refuses would throw here, not at a user's request.
      expect(typeof check?.({})).toBe('boolean');
    }
  });

  it('compiles nothing before the first body, then each model once', () => {
    const compiled: string[] = [];
    let compilers = 0;
    const lazy = compileBodyChecks(routes, () => {
      compilers++;
      const compile = inputCheckCompiler(routes);
      return (model) => {
        compiled.push(model.meta()?.id as string);
        return compile(model);
      };
    });
    expect(compilers).toBe(0);
    const create = lazy.get(CreateTaskInput) as (data: unknown) => boolean;
    const body = { projectId: '00000000-0000-4000-8000-000000000001', title: 'Write the report' };
    expect(create(structuredClone(body))).toBe(true);
    expect(create(structuredClone(body))).toBe(true);
    expect(create({ title: 42 })).toBe(false);
    expect(compilers).toBe(1);
    expect(compiled).toEqual([CreateTaskInput.meta()?.id]);
    (lazy.get(CreateProjectInput) as (data: unknown) => boolean)({ name: 'Launch' });
    expect(compilers).toBe(1);
    expect(compiled).toEqual([CreateTaskInput.meta()?.id, CreateProjectInput.meta()?.id]);
  });

  it.each(bodies.map((model) => [model.meta()?.id as string, model] as const))(
    '%s: same value or same errors as Zod alone, for every vector and random edits of them',
    (id, model) => {
      const name = contract.models[id]?.input as string;
      const vectors = vectorsOf(name);
      const fast = zodValidatorCompiler(checks)({ schema: model, httpPart: 'body' } as never);
      const plain = zodValidatorCompiler(new Map())({ schema: model, httpPart: 'body' } as never);
      const same = (json: unknown) => {
        const a = fast(structuredClone(json)) as { value?: unknown; error?: unknown };
        const b = plain(structuredClone(json)) as { value?: unknown; error?: unknown };
        expect(a.error === undefined).toBe(b.error === undefined);
        if (a.error === undefined) expect(a.value).toEqual(b.value);
        else
          expect(JSON.parse(JSON.stringify(a.error))).toEqual(JSON.parse(JSON.stringify(b.error)));
        expect((a.error as { details?: unknown } | undefined)?.details).toEqual(
          (b.error as { details?: unknown } | undefined)?.details,
        );
      };
      for (const category of ['valid', 'invalid', 'tolerated', 'forward'] as const) {
        for (const vector of vectors[category]) same(vector.json);
      }
      const valid = vectors.valid.map((vector) => vector.json as Record<string, unknown>);
      const keys = [...new Set(valid.flatMap((json) => Object.keys(json))), 'unknownKey'];
      fc.assert(
        fc.property(
          fc.constantFrom(...valid),
          fc.constantFrom(...keys),
          fc.jsonValue({ maxDepth: 3 }),
          (json, key, value) => same({ ...json, [key]: value }),
        ),
        { numRuns: 300 },
      );
    },
  );
});

// The server compiles its checks with validateSchema: false (ajv's meta-schema compile cost
// ~0.1-0.2 s of every start); the schemas are fixed at build time, so they are checked here,
// against draft 2020-12's meta-schema, instead of at every start.
describe('the schema the checks are compiled from', () => {
  const metaSchemaCheck = () => new Ajv2020({ strict: true, validateSchema: true });

  it('is valid against the JSON Schema draft 2020-12 meta-schema', () => {
    const ajv = metaSchemaCheck();
    const valid = ajv.validateSchema(contractInputSchema(routes).schema);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be caught here if it were not (the check this test relies on)', () => {
    const { schema } = contractInputSchema(routes);
    const broken = structuredClone(schema) as { $defs: Record<string, object> };
    const [name] = Object.keys(broken.$defs);
    broken.$defs[name as string] = { type: 'strnig', minLength: -1 };
    expect(metaSchemaCheck().validateSchema(broken)).toBe(false);
  });
});
