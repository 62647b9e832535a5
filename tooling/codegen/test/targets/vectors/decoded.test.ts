import { beforeAll, describe, expect, it } from 'vitest';
import { CodegenError } from '../../../src/errors.js';
import type { GeneratedFile, TargetContext } from '../../../src/pipeline/types.js';
import { dartTarget } from '../../../src/targets/dart/index.js';
import type { ComponentVectors } from '../../../src/targets/vectors/build-vectors.js';
import {
  checkDecoded,
  type DecodedType,
  decodedTypeOf,
} from '../../../src/targets/vectors/decoded.js';
import { contractVectors, vectorsTarget } from '../../../src/targets/vectors/index.js';
import { readVectorFile } from '../../../src/targets/vectors/read-file.js';
import { renderVectorFile } from '../../../src/targets/vectors/render-file.js';
import type { JsonValue } from '../../../src/targets/vectors/schema.js';
import { exampleContext } from '../dart/client/contract-fixture.js';

/**
 * The decoded-value checks of the vectors: each vector file's decodedType (from the JSON
 * Schema), the TypeScript oracle that refuses an expectation the decoded model cannot hold,
 * and the generated Dart that reads each decoded object's own fields and checks their runtime
 * types exactly. No Dart SDK runs here: the Dart is pinned by what it must contain, and the
 * names it relies on are checked against the models target's real output.
 */
let context: TargetContext;
let vectorFiles: GeneratedFile[];
let vectorsTest: string;
let decodedFields: string;
let components: TargetContext['contract']['document']['components']['schemas'];
const typeOf = (component: string) => decodedTypeOf(component, components);

beforeAll(async () => {
  context = await exampleContext();
  components = context.contract.document.components.schemas;
  const vectors = await vectorsTarget.generate(context);
  vectorFiles = vectors.filter((file) => file.path.endsWith('.json'));
  vectorsTest = vectors.find((file) => file.path.endsWith('/vectors_test.dart'))?.contents ?? '';
  const dart = await dartTarget.generate(context);
  decodedFields =
    dart.find((file) => file.path.endsWith('/test/support/decoded_fields.dart'))?.contents ?? '';
}, 120_000);

describe('decodedType, from the JSON Schema', () => {
  it('types each field of a model: int vs double, instants, absent vs nullish, models', () => {
    const task = typeOf('Task') as { class: string; fields: Record<string, unknown> };
    expect(task.class).toBe('Task');
    expect(task.fields.priority).toBe('int');
    expect(task.fields.estimateHours).toBe('double');
    expect(task.fields.createdAt).toBe('dateTime');
    expect(task.fields.dueAt).toEqual({ optional: 'dateTime' });
    expect(task.fields.assigneeId).toEqual({ nullable: 'string' });
    expect(task.fields.status).toEqual({ model: 'TaskStatus' });
    expect(task.fields.attachments).toEqual({ list: { model: 'Attachment' } });
    expect(task.fields.metadata).toEqual({ map: 'string' });
    // A nullish field of a PATCH body: absent, Present(null) or Present(value) in Dart.
    const update = typeOf('UpdateTaskInput') as { fields: Record<string, unknown> };
    expect(update.fields.dueAt).toEqual({ optional: { nullable: 'dateTime' } });
    expect(typeOf('TaskStatus')).toEqual({ enum: ['todo', 'in_progress', 'blocked', 'done'] });
  });

  it('types a union by tag: each variant class, and the unknown variant', () => {
    expect(typeOf('Attachment')).toEqual({
      union: {
        tag: 'kind',
        variants: { file: 'FileAttachment', image: 'ImageAttachment', link: 'LinkAttachment' },
        unknown: 'UnknownAttachment',
      },
    });
    const link = typeOf('LinkAttachment') as { fields: Record<string, unknown> };
    expect(link.fields.kind).toEqual({ const: 'link' });
  });

  it('is written at the head of every vector file', () => {
    for (const file of vectorFiles) {
      const parsed = JSON.parse(file.contents) as { model: string; decodedType: unknown };
      expect(parsed.decodedType, file.path).toEqual(typeOf(parsed.model));
    }
  });
});

describe('the TypeScript oracle', () => {
  it('accepts the expected of every valid, tolerated and forward vector written', () => {
    let checked = 0;
    for (const file of vectorFiles) {
      const vectors = readVectorFile(file.contents, file.path);
      const type = typeOf(vectors.model);
      for (const vector of [...vectors.valid, ...vectors.tolerated, ...vectors.forward]) {
        if (vector.expected === undefined) continue;
        expect(checkDecoded(type, vector.expected, typeOf), vector.name).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('refuses an int that is not whole, an instant not in canonical UTC form, a wrong class', () => {
    const full = fullTask();
    expect(checkDecoded(typeOf('Task'), full, typeOf)).toBeUndefined();
    const at = (key: string, value: JsonValue) =>
      checkDecoded(typeOf('Task'), { ...full, [key]: value }, typeOf);
    expect(at('priority', 2.5)).toBe('$.priority: 2.5 is not an int');
    expect(at('priority', '2')).toBe('$.priority: "2" is not an int');
    expect(at('estimateHours', '2.5')).toMatch(/is not a double/);
    // Local time or an offset: the Dart model must hold UTC, so expected never says otherwise.
    expect(at('createdAt', '2024-02-29T12:34:56.789')).toMatch(/canonical UTC instant/);
    expect(at('createdAt', '2024-02-29T13:34:56.789+01:00')).toMatch(/canonical UTC instant/);
    expect(at('createdAt', '2024-02-29T12:34:56Z')).toMatch(/canonical UTC instant/);
    expect(at('assigneeId', null)).toBeUndefined();
    expect(at('dueAt', null)).toMatch(/is not a canonical UTC instant/);
    expect(at('zzFieldAddedLater', 1)).toMatch(/not a field of the model/);
    expect(at('attachments', [{ kind: 'link', url: 3 }])).toMatch(/attachments\[0\]\.url/);
    // An unknown tag is the unknown variant's: any JSON.
    expect(at('attachments', [{ kind: 'zz_added_later', any: 1 }])).toBeUndefined();
    expect(at('attachments', [{ kind: 'file', url: 'https://example.com' }])).toMatch(
      /attachments\[0\]\.(url: not a field|fileName: a required field)/,
    );
  });

  it('makes the vector file renderer refuse a vector whose expected int became 2.5', () => {
    const task = contractVectors(context.contract).find((model) => model.component === 'Task');
    if (!task) throw new Error('no Task vectors');
    const render = (vectors: ComponentVectors) =>
      renderVectorFile('Task', 'Task', vectors, typeOf('Task'), typeOf);
    expect(() => render(task.vectors)).not.toThrow();
    const [first, ...rest] = task.vectors.valid;
    if (!first) throw new Error('no valid Task vector');
    const mutated = (expected: JsonValue) => ({
      ...task.vectors,
      valid: [{ ...first, expected }, ...rest],
    });
    const withPriority = mutated({ ...(first.expected as object), priority: 2.5 });
    expect(() => render(withPriority)).toThrow(CodegenError);
    expect(() => render(withPriority)).toThrow(/"full" expects .*\$\.priority: 2\.5 is not an int/);
    const localTime = mutated({ ...(first.expected as object), createdAt: '2024-02-29T12:34:56' });
    expect(() => render(localTime)).toThrow(/createdAt: .* is not a canonical UTC instant/);
  });
});

/** The fields map of `DecodedFields('<name>', {...})` in the support file, as JSON names. */
function supportFields(name: string): string[] | undefined {
  const match = new RegExp(
    `if \\(value is ${name}\\) \\{\\n\\s+return DecodedFields\\('${name}', \\{([^}]*)\\}\\);`,
  ).exec(decodedFields);
  if (!match) return undefined;
  return [...(match[1] as string).matchAll(/'(\w+)': value\.\w+/g)].map((m) => m[1] as string);
}

describe('the generated Dart', () => {
  it('reads every class the decoded types name, with the same fields, through getters', () => {
    const classes: [string, string[]][] = [];
    const unknowns = new Set<string>();
    const visit = (type: DecodedType) => {
      if (typeof type !== 'object') return;
      if ('fields' in type && type.class) classes.push([type.class, Object.keys(type.fields)]);
      if ('union' in type) unknowns.add(type.union.unknown);
    };
    for (const component of Object.keys(components)) visit(typeOf(component));
    expect(classes.length).toBeGreaterThan(10);
    for (const [name, fields] of classes) expect(supportFields(name), name).toEqual(fields);
    expect(supportFields('Task')).toContain('priority');
    expect(decodedFields).toContain("'priority': value.priority,");
    expect(decodedFields).toContain("'dueAt': value.dueAt,");
    for (const name of unknowns) {
      expect(decodedFields).toContain(
        `if (value is ${name}) {\n    return DecodedFields('${name}', value.json, tag: value.kind);`,
      );
    }
    expect(decodedFields).toContain('if (value is TaskStatus) return value.toJson();');
    expect(decodedFields).not.toMatch(/\bdynamic\b/);
    // Fields come from the getters: a decode bug mirrored by toJson would hide in its map.
    const reader = /DecodedFields\? decodedFieldsOf[\s\S]*?\n\}\n/.exec(decodedFields)?.[0] ?? '';
    expect(reader).toContain('return null;');
    expect(reader).not.toContain('toJson');
  });

  it('checks runtime types exactly, instants in UTC, after fromJson and before toJson', () => {
    expect(vectorsTest).toContain("import 'support/decoded_fields.dart';");
    expect(vectorsTest).toContain(
      "'int' => actual is int && expected is int && actual == expected,",
    );
    expect(vectorsTest).toContain("'double' => _isDouble(actual, expected),");
    expect(vectorsTest).toContain(
      'actual is double && expected is num && actual == expected.toDouble();',
    );
    expect(vectorsTest).toContain(
      'actual is DateTime && actual.isUtc && actual.toIso8601String() == expected;',
    );
    expect(vectorsTest).toContain('if (actual is! Present<Object>) {');
    expect(vectorsTest).toContain('decoded.className != className');
    expect(vectorsTest).toContain('final wire = wireValueOf(actual);');
    expect(vectorsTest).toContain(
      "return actual.isUnknown ? null : '$path: $actual, expected unknown';",
    );
    // The decoded object is checked from fromJson's result, not from toJson's map.
    const expectVector = /void _expectVector\([\s\S]*?\n\}\n/.exec(vectorsTest)?.[0] ?? '';
    expect(expectVector).toMatch(/_decodedDifference\(\n\s+model\.decode\(vector\['json'\]\),/);
    expect(expectVector.indexOf('_decodedDifference')).toBeLessThan(
      expectVector.indexOf('roundTrip'),
    );
    // Valid, tolerated and forward vectors all go through it.
    expect(vectorsTest.match(/_expectVector\(entry\.key, vector\)/g)).toHaveLength(3);
    expect(vectorsTest).not.toMatch(/\bdynamic\b/);
    for (const line of [...vectorsTest.split('\n'), ...decodedFields.split('\n')]) {
      expect(line.length, line).toBeLessThanOrEqual(80);
      expect(line, 'trailing whitespace').not.toMatch(/\s$/);
    }
  });
});

function fullTask(): { [key: string]: JsonValue } {
  const file = vectorFiles.find((entry) => entry.path.endsWith('/vectors/task.json'));
  const full = readVectorFile(file?.contents ?? '{}').valid.find((v) => v.name === 'full');
  if (!full) throw new Error('no full Task vector');
  return full.expected as { [key: string]: JsonValue };
}
