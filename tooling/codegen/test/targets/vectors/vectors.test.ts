import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkDartSyntax } from '../../../src/dart-syntax/index.js';
import { CodegenError } from '../../../src/errors.js';
import { isOwned } from '../../../src/pipeline/file-set.js';
import type { TargetContext } from '../../../src/pipeline/types.js';
import { buildVectors } from '../../../src/targets/vectors/build-vectors.js';
import { canonicalInstant, expectedOf } from '../../../src/targets/vectors/canonical.js';
import { contractVectors, vectorsTarget } from '../../../src/targets/vectors/index.js';
import { readVectorFile, type WholeVectorFile } from '../../../src/targets/vectors/read-file.js';
import type { Components, JsonValue } from '../../../src/targets/vectors/schema.js';
import { exampleContext } from '../dart/client/contract-fixture.js';

type VectorFile = WholeVectorFile;

let context: TargetContext;
let generated: { path: string; contents: string }[];
let vectorFiles: VectorFile[];
let components: Components;

/** The Zod issue codes each tolerated or forward reason stands for. */
const ISSUE_CODES: Record<string, string[]> = {
  tooLong: ['too_big'],
  tooShort: ['too_small'],
  aboveMaximum: ['too_big'],
  belowMinimum: ['too_small'],
  tooManyItems: ['too_big'],
  tooManyEntries: ['too_big', 'custom'],
  keyTooLong: ['invalid_key'],
  badFormat: ['invalid_format'],
  instantPositiveOffset: ['invalid_format'],
  instantNegativeOffset: ['invalid_format'],
  unknownEnumValue: ['invalid_value'],
  emptyEnumValue: ['invalid_value'],
  enumCase: ['invalid_value'],
  unknownVariant: ['invalid_union'],
  unknownVariantKeepsFields: ['invalid_union'],
  discriminatorCase: ['invalid_union'],
};

const zodOf = (component: string): z.ZodType => {
  for (const [id, shapes] of Object.entries(context.contract.schemas.models)) {
    if (shapes.output === component || shapes.input === component) {
      const schema = context.contract.zodModels.get(id);
      if (schema) return schema;
    }
  }
  throw new Error(`no Zod schema for ${component}`);
};

const jsonOf = (value: unknown) => JSON.parse(JSON.stringify(value)) as JsonValue;

beforeAll(async () => {
  context = await exampleContext();
  components = context.contract.document.components.schemas;
  generated = await vectorsTarget.generate(context);
  vectorFiles = generated
    .filter((file) => file.path.endsWith('.json'))
    .map((file) => readVectorFile(file.contents, file.path));
});

describe('vectorsTarget', () => {
  it('writes one file per component and the Dart test, all inside the paths it owns', () => {
    expect(vectorFiles.map((file) => file.model).sort()).toEqual(Object.keys(components).sort());
    const owned = vectorsTarget.owns(context.config);
    for (const file of generated) expect(isOwned(file.path, owned), file.path).toBe(true);
    expect(generated.map((file) => file.path)).toContain(
      'packages/dart_client/test/vectors_test.dart',
    );
    expect(generated.map((file) => file.path)).toContain(
      'packages/dart_client/test/vectors/update_task_input.json',
    );
  });

  it('marks every file as generated, with the command that regenerates it', () => {
    for (const file of generated) {
      expect(file.contents, file.path).toMatch(/GENERATED CODE - DO NOT EDIT\./);
      expect(file.contents, file.path).toContain('Regenerate with: pnpm codegen');
    }
  });

  it('is deterministic: a second run gives the same bytes', async () => {
    const again = await vectorsTarget.generate(context);
    expect(again).toEqual(generated);
  });

  it('averages at least 20 vectors per model and covers every category where the contract has it', () => {
    const counts = vectorFiles.map(
      (file) =>
        file.valid.length + file.invalid.length + file.tolerated.length + file.forward.length,
    );
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(total / vectorFiles.length).toBeGreaterThanOrEqual(20);
    for (const file of vectorFiles) {
      expect(file.valid.length, file.model).toBeGreaterThan(0);
      expect(file.invalid.length, file.model).toBeGreaterThan(0);
    }
    const byModel = new Map(vectorFiles.map((file) => [file.model, file]));
    const reasons = (model: string) =>
      new Set(
        ['invalid', 'tolerated', 'forward'].flatMap((kind) =>
          (byModel.get(model)?.[kind as 'invalid'] ?? []).map((vector) => vector.reason),
        ),
      );
    const names = (model: string) => byModel.get(model)?.valid.map((vector) => vector.name) ?? [];
    for (const reason of [
      'missingRequired',
      'nullForNonNullable',
      'wrongType',
      'tooManyItems',
      'instantPositiveOffset',
      'instantWithoutZone',
      'unknownEnumValue',
      'unknownVariant',
    ]) {
      expect(reasons('Task').has(reason), reason).toBe(true);
    }
    expect(names('Task')).toEqual(
      expect.arrayContaining([
        'deepNesting',
        'extraFieldsEverywhere',
        'absent at description',
        'wholeNumber at estimateHours',
        'instantNanosecondsTruncated at createdAt',
      ]),
    );
    expect(names('UpdateTaskInput')).toEqual(
      expect.arrayContaining(['null at dueAt', 'absent at dueAt']),
    );
  });

  it('emits a Dart test that tree-sitter parses and that knows every vector file', async () => {
    const dart = generated.find((file) => file.path.endsWith('vectors_test.dart'))?.contents ?? '';
    expect(await checkDartSyntax('vectors_test.dart', dart)).toEqual([]);
    expect(dart).toContain("import 'package:acme_api/acme_api.dart';");
    expect(dart).toMatch(
      /'Task': _Model<Task>\('task\.json', Task\.fromJson, \(value\) => value\.toJson\(\)\),/,
    );
    expect(dart).toMatch(
      /'UpdateTaskInput': _Model<UpdateTaskInput>\(\n\s+'update_task_input\.json',/,
    );
    expect([...dart.matchAll(/_Model<\w+>\(/g)]).toHaveLength(vectorFiles.length);
    expect(dart).not.toMatch(/\bdynamic\b/);
  });
});

describe('vector files', () => {
  const withoutEdit = <T extends { edit?: unknown }>({ edit: _edit, ...vector }: T) => vector;

  it('read back whole: every vector as built, json and expected included', () => {
    const built = contractVectors(context.contract);
    expect(vectorFiles).toHaveLength(built.length);
    for (const [index, model] of built.entries()) {
      const file = vectorFiles[index] as VectorFile;
      expect(file.model).toBe(model.component);
      for (const kind of ['valid', 'invalid', 'tolerated', 'forward'] as const) {
        const edits = model.vectors[kind].filter((vector) => vector.edit).length;
        // Valid edits carry their path; the whole vectors as built do not.
        const expected = model.vectors[kind].map((vector) =>
          vector.edit && kind === 'valid'
            ? { ...withoutEdit(vector), path: vector.edit.path }
            : withoutEdit(vector),
        );
        expect(file[kind], `${model.component} ${kind} (${edits} edits)`).toEqual(expected);
      }
    }
  });

  it('store an edge case as its change to a base vector, not as a whole payload', () => {
    const task = generated.find((file) => file.path.endsWith('/vectors/task.json'));
    const lines = (task?.contents ?? '').split('\n').filter((line) => line.startsWith('    {'));
    const edits = lines.filter((line) => line.includes('"base":"full"'));
    expect(edits.length / lines.length).toBeGreaterThan(0.8);
    // Beyond the changed value itself, an edit line is a few names: the base is not repeated.
    for (const line of edits) {
      const { value, expectedValue } = JSON.parse(line.replace(/,$/, ''));
      const changed = `${JSON.stringify(value)}${JSON.stringify(expectedValue) ?? ''}`;
      expect(line.length - changed.length, line).toBeLessThan(250);
    }
    expect(task?.contents).toContain(
      '{"name":"nullForNonNullable at dueAt","reason":"nullForNonNullable","path":["dueAt"],"base":"full","value":null}',
    );
    expect(task?.contents).toMatch(/"path":\["description"\],"base":"full","absent":true,/);
  });

  it('name the vector and the file when an edit has no whole base to apply to', () => {
    const text = JSON.stringify({
      model: 'M',
      dartType: 'M',
      valid: [{ name: 'full', json: { a: 1 }, expected: { a: 1 } }],
      invalid: [{ name: 'null at a', reason: 'x', path: ['a'], base: 'fulll', value: null }],
    });
    expect(() => readVectorFile(text, 'm.json')).toThrow(
      'm.json: null at a: base "fulll" is no whole valid vector',
    );
    const ok = readVectorFile(text.replace('fulll', 'full'), 'm.json');
    expect(ok.invalid[0]?.json).toEqual({ a: null });
  });
});

describe('the ApiClient Dart test', () => {
  const source = () =>
    generated.find((file) => file.path.endsWith('/test/api_client_test.dart'))?.contents ?? '';

  it('parses, and tests every operation once against a MockClient', async () => {
    expect(await checkDartSyntax('api_client_test.dart', source())).toEqual([]);
    const tested = [...source().matchAll(/^ {4}test\('(\w+): (GET|POST|PUT|PATCH|DELETE) /gm)].map(
      (match) => match[1],
    );
    expect(tested.sort()).toEqual(Object.keys(context.contract.routes).sort());
    expect(source()).toContain("import 'package:http/testing.dart';");
  });

  it('expects the wire form of each argument: encoded path, typed query, input body', () => {
    const dart = source();
    expect(dart).toContain("expect(request.method, 'PATCH');");
    expect(dart).toContain("'/api/v1/tasks/3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',");
    expect(dart).toMatch(/'status': 'todo',\n\s+'assigneeId': '[^']+',\n\s+'limit': '3',/);
    expect(dart).toContain("status: TaskStatus.fromJson('todo'),");
    expect(dart).toMatch(/UpdateTaskInput\.fromJson\(<String, Object\?>\{/);
    expect(dart).toContain("expect(request.url.path, '/api/v1/users/a%2Fb%20c%3Fd');");
  });

  it('covers the error mapping: typed, unknown code, non-JSON and empty bodies', () => {
    const dart = source();
    for (const status of [400, 409, 502, 503]) expect(dart).toContain(`status: ${status},`);
    expect(dart).toContain("contains('ZZ_ADDED_LATER')");
    expect(dart).toContain("'<html>Bad gateway</html>'");
    expect(dart).toContain('throwsFormatException');
  });

  it('keeps every line below the header within 80 columns', () => {
    const lines = source().split('\n').slice(3);
    expect(lines.filter((line) => [...line].length > 80)).toEqual([]);
  });
});

describe('the vectors agree with Zod', () => {
  it('valid: Zod accepts json, and expected is its output as the Dart model writes it back', () => {
    let checked = 0;
    for (const file of vectorFiles) {
      const zod = zodOf(file.model);
      const schema = components[file.model] ?? {};
      const canonical = (json: JsonValue) => {
        const output = jsonOf(zod.parse(json));
        return expectedOf(schema, components, output, output);
      };
      for (const vector of file.valid) {
        const result = zod.safeParse(vector.json);
        expect(result.success, `${file.model}: ${vector.name}`).toBe(true);
        expect(expectedOf(schema, components, vector.json, jsonOf(result.data))).toEqual(
          vector.expected,
        );
        // What Dart sends back means the same to the server as what it received.
        if (!file.model.endsWith('Input')) continue;
        expect(canonical(vector.expected), `${file.model}: ${vector.name}`).toEqual(
          canonical(vector.json),
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('invalid: Zod rejects json', () => {
    for (const file of vectorFiles) {
      const zod = zodOf(file.model);
      for (const vector of file.invalid) {
        expect(zod.safeParse(vector.json).success, `${file.model}: ${vector.name}`).toBe(false);
      }
    }
  });

  it('tolerated and forward: Zod rejects json at the stated path, for the stated reason', () => {
    for (const file of vectorFiles) {
      const zod = zodOf(file.model);
      for (const vector of [...file.tolerated, ...file.forward]) {
        const label = `${file.model}: ${vector.name}`;
        const result = zod.safeParse(vector.json);
        expect(result.success, label).toBe(false);
        const issues = result.error?.issues ?? [];
        for (const issue of issues) {
          expect(issue.path.slice(0, vector.path.length), label).toEqual(vector.path);
        }
        const codes = ISSUE_CODES[vector.reason];
        expect(codes, `${label}: unknown reason`).toBeDefined();
        expect(
          issues.some((issue) => codes?.includes(issue.code)),
          `${label}: ${issues.map((issue) => issue.code).join(', ')}`,
        ).toBe(true);
        if ('unknown' in vector && vector.unknown)
          expect(components[file.model]?.enum, label).toBeDefined();
        else expect(vector.expected, label).toBeDefined();
      }
    }
  });
});

describe('canonicalInstant (Dart: DateTime.toUtc().toIso8601String())', () => {
  it.each([
    ['2024-01-02T03:04:05Z', '2024-01-02T03:04:05.000Z'],
    ['2024-01-02T03:04:05.1Z', '2024-01-02T03:04:05.100Z'],
    ['2024-01-02T03:04:05.120000Z', '2024-01-02T03:04:05.120Z'],
    ['2024-01-02T03:04:05.000001Z', '2024-01-02T03:04:05.000001Z'],
    ['2024-01-02T03:04:05.123456789Z', '2024-01-02T03:04:05.123456Z'],
    ['2024-02-29T23:30:00-01:00', '2024-03-01T00:30:00.000Z'],
    ['2024-01-01T00:15:00.5+05:30', '2023-12-31T18:45:00.500Z'],
    ['0999-12-31T23:59:59Z', '0999-12-31T23:59:59.000Z'],
  ])('%s -> %s', (input, canonical) => {
    expect(canonicalInstant(input)).toBe(canonical);
  });

  it('refuses what is not an instant', () => {
    expect(canonicalInstant('2024-01-02T03:04:05')).toBeUndefined();
    expect(canonicalInstant('2024-01-02')).toBeUndefined();
  });
});

describe('buildVectors on any schema', () => {
  it('derives every category from the schema and Zod, for a model it has never seen', () => {
    const Widget = z.object({
      name: z.string().min(1).max(5),
      size: z.number().int().min(1).max(3).default(1),
      kind: z.enum(['a', 'b']).optional(),
      at: z.iso.datetime().nullable(),
    });
    const schema = z.toJSONSchema(Widget, { io: 'output', target: 'draft-2020-12' });
    const { $schema: _ignored, ...widget } = schema as Record<string, unknown>;
    const vectors = buildVectors('Widget', { Widget: widget }, Widget);
    const named = (list: { name: string }[], name: string) =>
      list.find((vector) => vector.name === name);
    expect(named(vectors.valid, 'absent at size')).toMatchObject({ expected: { size: 1 } });
    expect(named(vectors.valid, 'null at at')).toMatchObject({ expected: { at: null } });
    expect(named(vectors.invalid, 'missingRequired at name')).toBeDefined();
    expect(named(vectors.invalid, 'notAnInteger at size')).toBeDefined();
    expect(named(vectors.tolerated, 'tooLong at name')).toMatchObject({
      expected: { name: 'xxxxx😀' },
    });
    expect(named(vectors.tolerated, 'aboveMaximum at size')).toMatchObject({
      expected: { size: 4 },
    });
    expect(named(vectors.forward, 'unknownEnumValue at kind')).toMatchObject({
      expected: { kind: 'zz_added_later' },
    });
    expect(named(vectors.tolerated, 'instantNegativeOffset at at')).toMatchObject({
      json: { at: '2024-02-29T12:34:56-08:00' },
      expected: { at: '2024-02-29T20:34:56.000Z' },
    });
  });

  it("turns the model's own examples into valid vectors, and refuses one Zod rejects", () => {
    const Note = z.object({ text: z.string().max(5), pinned: z.boolean().default(false) });
    const schemaOf = (examples: unknown[]) => {
      const { $schema: _ignored, ...note } = z.toJSONSchema(Note.meta({ examples }), {
        io: 'output',
        target: 'draft-2020-12',
      }) as Record<string, unknown>;
      return note;
    };
    const vectors = buildVectors('Note', { Note: schemaOf([{ text: 'hi', pinned: true }]) }, Note);
    expect(vectors.valid.find((vector) => vector.name === 'example 1')).toMatchObject({
      json: { text: 'hi', pinned: true },
      expected: { text: 'hi', pinned: true },
    });
    const bad = () => buildVectors('Note', { Note: schemaOf([{ text: 'far too long' }]) }, Note);
    expect(bad).toThrow(/^model Note: examples\[0\] does not pass the model's own Zod schema/);
  });

  it('names the model when its schema has a shape it cannot generate for', () => {
    const Pair = z.tuple([z.string(), z.number()]);
    const { $schema: _ignored, ...pair } = z.toJSONSchema(Pair, {
      target: 'draft-2020-12',
    }) as Record<string, unknown>;
    expect(() => buildVectors('Pair', { Pair: pair }, Pair)).toThrow(CodegenError);
    expect(() => buildVectors('Pair', { Pair: pair }, Pair)).toThrow(/^model Pair: vectors cannot/);
  });

  it('counts models by contract: one entry per component', () => {
    expect(contractVectors(context.contract).map((model) => model.component)).toEqual(
      Object.keys(components).sort(),
    );
  });
});
