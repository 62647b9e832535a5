import { posix } from 'node:path';
import type { JsonSchema } from '@acme/contract';
import { expect } from 'vitest';
import type { Node } from 'web-tree-sitter';
import { z } from 'zod';
import { checkDartSyntax, dartParser, formatSyntaxIssue } from '../../../src/dart-syntax/index.js';
import { emitModelSources } from '../../../src/targets/dart/emit/model-sources.js';
import { analyzeContract } from '../../../src/targets/dart/model/analyze.js';
import { generateDartModels } from '../../../src/targets/dart/models.js';
import { contractFiles } from '../../../src/targets/dart/quicktype/run.js';
import { jsonHelpersSource } from '../../../src/targets/dart/runtime/json-helpers.js';

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

/** The model files from one quicktype pass over the whole contract: what chunks must equal. */
export async function generateInOnePass(
  components: Record<string, JsonSchema>,
): Promise<Map<string, string>> {
  return emitModelSources(await contractFiles(analyzeContract(components)));
}

/**
 * Generates the model files of some Zod models and checks that each parses as Dart, and that
 * reading them in chunks (one model per chunk: the most stand-ins) gives the bytes of one pass.
 */
export async function generateChecked(
  models: Record<string, z.ZodType>,
): Promise<Map<string, string>> {
  const components = componentsOf(models);
  const files = await generateDartModels(components);
  const oneByOne = await generateDartModels(components, { modelsPerChunk: 1 });
  const onePass = await generateInOnePass(components);
  expect([...oneByOne]).toEqual([...onePass]);
  expect([...files]).toEqual([...onePass]);
  await expectParses(files);
  await expectTypesResolve(files, jsonHelpersSource());
  return files;
}

export async function expectParses(files: Map<string, string>): Promise<void> {
  const issues: string[] = [];
  for (const [path, source] of files) {
    for (const issue of await checkDartSyntax(path, source)) issues.push(formatSyntaxIssue(issue));
  }
  if (issues.length > 0) throw new Error(`Dart syntax errors:\n${issues.join('\n')}`);
}

/** Types a model file may name without importing them. */
const DART_CORE = new Set([
  'Map',
  'List',
  'Object',
  'String',
  'int',
  'double',
  'bool',
  'num',
  'DateTime',
  'Never',
  'FormatException',
  'StateError',
  'Iterable',
  'MapEntry',
  'RegExp',
]);

const DECLARATION = /^(?:sealed |final |abstract interface )?(?:class|enum|typedef) (\w+)/gm;

/**
 * What the missing Dart compiler would check first in multi-file output: every UpperCamel name
 * a file uses (types, and classes in expressions like `TaskStatus.fromJson`) is declared in its
 * library (the file and its parts) or in a library it imports.
 */
export async function expectTypesResolve(
  files: Map<string, string>,
  helpers: string,
  helpersPath = 'lib/src/json_helpers.dart',
): Promise<void> {
  const all = new Map([...files, [helpersPath, helpers]]);
  const declared = new Map<string, Set<string>>();
  for (const [path, source] of all) {
    declared.set(
      path,
      new Set([...source.matchAll(DECLARATION)].map((match) => match[1] as string)),
    );
  }
  const libraryOf = (path: string) => {
    const partOf = /^part of '([^']+)';/m.exec(all.get(path) ?? '')?.[1];
    return partOf ? posix.join(posix.dirname(path), partOf) : path;
  };
  const problems: string[] = [];
  const parser = await dartParser();
  for (const [path, source] of files) {
    const library = libraryOf(path);
    const members = [...all.keys()].filter((other) => libraryOf(other) === library);
    const librarySource = all.get(library) ?? '';
    const imported = [...librarySource.matchAll(/^import '([^']+)';/gm)].map((match) =>
      posix.join(posix.dirname(library), match[1] as string),
    );
    const visible = new Set<string>(DART_CORE);
    // An imported library brings the declarations of its parts too.
    // A test sees the whole package through its barrel (the package's lib/).
    const importedFiles = [...all.keys()].filter((other) =>
      path.startsWith('test/') ? other.startsWith('lib/') : imported.includes(libraryOf(other)),
    );
    for (const file of [...members, ...importedFiles]) {
      for (const name of declared.get(file) ?? []) visible.add(name);
    }
    const tree = parser.parse(source);
    if (!tree) throw new Error(`cannot parse ${path}`);
    const visit = (node: Node) => {
      if (
        (node.type === 'type_identifier' || node.type === 'identifier') &&
        /^[A-Z]/.test(node.text) &&
        !visible.has(node.text)
      ) {
        problems.push(`${path}:${node.startPosition.row + 1}: ${node.text} is not in scope`);
      }
      for (const child of node.children) if (child) visit(child);
    };
    visit(tree.rootNode);
    tree.delete();
  }
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

/** The text of one declaration (`class X`, `enum X`...) up to its closing brace. */
export function declaration(source: string, head: RegExp): string {
  const match = head.exec(source);
  if (!match) throw new Error(`no declaration matching ${head} in:\n${source}`);
  const end = source.indexOf('\n}\n', match.index);
  return source.slice(match.index, end + 2);
}
