import type { JsonSchema } from '@acme/contract';
import { z } from 'zod';
import { checkDartSyntax, formatSyntaxIssue } from '../../../src/dart-syntax/index.js';
import { generateDartModels } from '../../../src/targets/dart/models.js';

const PREFIX = '#/components/schemas/';

/**
 * Component schemas of a few Zod models, converted as the contract converts its own (one
 * registry, refs between models, `discriminator` on discriminated unions), without touching
 * the global registry the example contract lives in.
 */
export function componentsOf(
  models: Record<string, z.ZodType>,
  io: 'input' | 'output' = 'output',
): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, model] of Object.entries(models)) registry.add(model, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'throw',
    cycles: 'ref',
    uri: (id) => `${PREFIX}${id}`,
    override: (ctx) => {
      const def = (ctx.zodSchema as { _zod: { def: { type: string; discriminator?: string } } })
        ._zod.def;
      if (def.type === 'union' && typeof def.discriminator === 'string') {
        ctx.jsonSchema.discriminator = { propertyName: def.discriminator };
      }
    },
  });
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonSchema;
    components[id] = rest;
  }
  addMappings(components);
  return components;
}

function addMappings(components: Record<string, JsonSchema>) {
  for (const schema of Object.values(components)) {
    const propertyName = schema.discriminator?.propertyName;
    if (propertyName === undefined || !schema.oneOf) continue;
    const mapping: Record<string, string> = {};
    for (const variant of schema.oneOf) {
      const name = variant.$ref?.slice(PREFIX.length) ?? '';
      const tag = components[name]?.properties?.[propertyName]?.const;
      if (typeof tag === 'string') mapping[tag] = `${PREFIX}${name}`;
    }
    schema.discriminator = { propertyName, mapping };
  }
}

/** Generates the model files of some Zod models and checks that each parses as Dart. */
export async function generateChecked(
  models: Record<string, z.ZodType>,
): Promise<Map<string, string>> {
  const files = await generateDartModels(componentsOf(models));
  await expectParses(files);
  return files;
}

export async function expectParses(files: Map<string, string>): Promise<void> {
  const issues: string[] = [];
  for (const [path, source] of files) {
    for (const issue of await checkDartSyntax(path, source)) issues.push(formatSyntaxIssue(issue));
  }
  if (issues.length > 0) throw new Error(`Dart syntax errors:\n${issues.join('\n')}`);
}

/** The text of one declaration (`class X`, `enum X`...) up to its closing brace. */
export function declaration(source: string, head: RegExp): string {
  const match = head.exec(source);
  if (!match) throw new Error(`no declaration matching ${head} in:\n${source}`);
  const end = source.indexOf('\n}\n', match.index);
  return source.slice(match.index, end + 2);
}
