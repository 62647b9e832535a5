/**
 * Issue 21's run-time hazards of the generated models, pinned on the generator's output (no
 * Dart SDK runs here; test/models_test.dart and the vectors are where Dart itself checks them).
 */
import { buildContractSchemas, routes } from '@acme/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { renderPubspec } from '../../../src/targets/dart/client/package-files.js';
import { generateDartModels } from '../../../src/targets/dart/models.js';
import { jsonHelpersSource } from '../../../src/targets/dart/runtime/json-helpers.js';
import { exampleContext } from './client/contract-fixture.js';
import { declaration, generateChecked } from './fixtures.js';

let files: Map<string, string>;
const file = (path: string) => {
  const source = files.get(path);
  if (source === undefined) throw new Error(`not generated: ${path}`);
  return source;
};
const modelFiles = () => [...files].filter(([path]) => path.startsWith('lib/'));
const method = (source: string, head: string) => {
  const start = source.indexOf(head);
  expect(start, head).toBeGreaterThan(-1);
  return source.slice(start, source.indexOf(';\n', start) + 2);
};

beforeAll(async () => {
  files = await generateDartModels(buildContractSchemas(routes).components);
});

describe('1. toString never throws', () => {
  it('is written from the fields, never through toJson', () => {
    let checked = 0;
    for (const [path, source] of modelFiles()) {
      for (const match of source.matchAll(/ {2}String toString\(\) =>[\s\S]*?';\n/g)) {
        expect(match[0], path).not.toContain('toJson');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('shows the JSON received for an unknown enum value, or the enum itself', () => {
    const task = method(file('lib/src/models/task.dart'), '  String toString() =>');
    // The interpolation `${...}` of Dart, spelled without a template placeholder.
    const unknownStatus = ['$', "{_unknownWire['status'] ?? status}"].join('');
    expect(task).toContain(`'status: ${unknownStatus}, priority: $priority, '`);
    expect(task).toContain("'Task(id: $id, projectId: $projectId, title: $title, '");
    expect(task).toContain("'createdAt: $createdAt, updatedAt: $updatedAt)';");
  });

  it('has a generated Dart test building an unknown value and calling toString', () => {
    const test = file('test/models_test.dart');
    expect(test).toContain('final built = base().copyWith(status: TaskStatus.unknown);');
    expect(test).toContain("expect(built.toString(), contains('status: '));");
  });
});

describe('2. unknown union variants keep a deep unmodifiable copy', () => {
  it('copies on the way in; toJson hands out that unmodifiable copy', () => {
    const attachment = file('lib/src/models/attachment.dart');
    expect(attachment).toContain(
      '  UnknownAttachment(this.kind, Map<String, Object?> json)\n    : json = frozenObject(json);',
    );
    expect(attachment).toContain('  Map<String, Object?> toJson() => json;');
    const helpers = jsonHelpersSource();
    expect(helpers).toContain(
      '  List<Object?> list => List<Object?>.unmodifiable(list.map(frozenJson)),',
    );
    expect(helpers).toMatch(/Map<String, Object\?> frozenObject\([^)]*\) =>\s+Map\.unmodifiable\(/);
  });

  it('freezes the raw JSON of unknown enum values too', () => {
    expect(jsonHelpersSource()).toContain(
      'if (_holdsUnknown(entry.value)) entry.key: frozenJson(json[entry.key]),',
    );
  });

  it('has a generated Dart test changing the decoded map afterwards', () => {
    const test = file('test/models_test.dart');
    expect(test).toContain("group('UnknownAttachment', () {");
    expect(test).toContain("      json['extra'] = true;\n      deep.add(3);");
    expect(test).toContain("expect(() => value.toJson()['extra'] = true, throwsUnsupportedError);");
  });
});

describe('3. constructors and copyWith keep no caller collection', () => {
  it('copies lists and maps into unmodifiable ones at every depth', () => {
    const task = file('lib/src/models/task.dart');
    expect(task).toMatch(/^ {2}Task\(\{\n {4}required String id,/m);
    expect(task).toContain('         tags: frozenList(tags),');
    expect(task).toContain('         metadata: frozenMap(metadata),');
    expect(task).toContain('      tags: tags == null ? this.tags : frozenList(tags),');
    // fromJson's readers return frozen values already: the raw constructor takes them.
    expect(task).toContain('    return Task._(\n      unknownWireOf(');
  });

  it('freezes nested and nullable collections, and Present values', async () => {
    const models = await generateChecked({
      Grid: z.object({
        rows: z.array(z.array(z.iso.datetime())),
        byName: z.record(z.string(), z.array(z.string())).nullable(),
        maybe: z.array(z.string()).nullish(),
      }),
    });
    const grid = models.get('lib/src/models/grid.dart') ?? '';
    expect(grid).toContain('rows: frozenList(rows, (e0) => frozenList(e0, frozenDateTime)),');
    expect(grid).toContain(
      'byName: frozenOrNull(byName, (e0) => frozenMap(e0, (e1) => frozenList(e1))),',
    );
    expect(grid).toContain('maybe: frozenPresent(maybe, (e0) => frozenList(e0)),');
    expect(grid).toContain(': frozenPresent(maybe(), (e0) => frozenList(e0)),');
  });

  it('keeps const constructors where nothing needs freezing', async () => {
    const models = await generateChecked({ Point: z.object({ x: z.number(), y: z.number() }) });
    expect(models.get('lib/src/models/point.dart')).toContain(
      '@immutable\nfinal class Point {\n  const Point({required this.x, required this.y});',
    );
  });

  it('has a generated Dart test changing the list after construction', () => {
    const test = file('test/models_test.dart');
    expect(test).toContain("test('tags: the constructor and copyWith copy it, unmodifiable', () {");
    expect(test).toContain(
      "      items.add('a');\n      expect([value.hashCode, copied.hashCode], hashes);",
    );
  });
});

describe('4. instants are held in UTC', () => {
  it('converts in the constructor and copyWith', () => {
    const task = file('lib/src/models/task.dart');
    expect(task).toContain('         createdAt: createdAt.toUtc(),');
    expect(task).toContain('         dueAt: dueAt?.toUtc(),');
    expect(task).toContain('      dueAt: dueAt == null ? this.dueAt : dueAt()?.toUtc(),');
    const update = file('lib/src/models/update_task_input.dart');
    expect(update).toContain('dueAt: frozenPresent(dueAt, frozenDateTime),');
  });

  it('has a generated Dart test comparing a local time with the same instant in UTC', () => {
    const test = file('test/models_test.dart');
    expect(test).toContain(
      "test('createdAt: held in UTC, equal to the same instant in local time', () {",
    );
    expect(test).toContain('      expect(value.createdAt.isUtc, isTrue);');
  });
});

describe('analyze-clean output', () => {
  it('marks every class and sealed union @immutable and imports package:meta for it', () => {
    for (const [path, source] of modelFiles()) {
      const classes = source.match(/^(final|sealed) class /gm) ?? [];
      const marked = source.match(/^@immutable\n(final|sealed) class /gm) ?? [];
      expect(marked.length, path).toBe(classes.length);
      const library = !/^part of /m.test(source);
      if (library && classes.length > 0) {
        expect(source, path).toContain("import 'package:meta/meta.dart';");
      }
      if (library && !source.includes('@immutable') && !/^part '/m.test(source)) {
        expect(source, path).not.toContain('package:meta');
      }
    }
  });

  it('depends on package:meta and the current lints', async () => {
    const context = await exampleContext();
    const pubspec = renderPubspec(context.config.dart, context.contract);
    expect(pubspec).toMatch(/^dependencies:\n {2}http: .+\n {2}meta: \^1\.\d+\.\d+$/m);
    expect(pubspec).toContain('  lints: ^6.0.0');
  });

  it('hashes up to 20 fields with Object.hash, more with Object.hashAll, one alone', async () => {
    const task = declaration(file('lib/src/models/task.dart'), /^final class Task \{/m);
    expect(task).toContain('  int get hashCode => Object.hash(\n    id,');
    const wide = Object.fromEntries(
      Array.from({ length: 21 }, (_, index) => [`f${index}`, z.string()]),
    );
    const models = await generateChecked({
      Wide: z.object(wide),
      One: z.object({ a: z.string() }),
    });
    expect(models.get('lib/src/models/wide.dart')).toContain(
      'int get hashCode => Object.hashAll([',
    );
    expect(models.get('lib/src/models/one.dart')).toContain('  int get hashCode => a.hashCode;');
  });

  it('leaves no trailing whitespace in any generated Dart file', () => {
    for (const [path, source] of files) expect(source, path).not.toMatch(/[ \t]$/m);
    expect(jsonHelpersSource()).not.toMatch(/[ \t]$/m);
  });
});
