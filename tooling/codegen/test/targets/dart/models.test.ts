import { buildContractSchemas, routes } from '@acme/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { generateDartModels } from '../../../src/targets/dart/models.js';
import { jsonHelpersSource } from '../../../src/targets/dart/runtime/json-helpers.js';
import { declaration, expectParses, expectTypesResolve, generateChecked } from './fixtures.js';

/** The example contract's model files. */
let files: Map<string, string>;
const file = (path: string) => {
  const source = files.get(path);
  if (source === undefined) throw new Error(`not generated: ${path}`);
  return source;
};

beforeAll(async () => {
  files = await generateDartModels(buildContractSchemas(routes).components);
});

describe('Dart models of the example contract', () => {
  it('writes one file per model, each parsing as Dart with the generated header', async () => {
    const components = Object.keys(buildContractSchemas(routes).components);
    expect([...files.keys()].filter((path) => path.startsWith('lib/')).length).toBe(
      components.length,
    );
    expect(files.has('test/models_test.dart')).toBe(true);
    expect([...files.keys()]).toContain('lib/src/models/task.dart');
    expect([...files.keys()]).toContain('lib/src/models/checklist_item_input.dart');
    for (const source of files.values()) {
      expect(source.startsWith('// GENERATED CODE - DO NOT EDIT.\n')).toBe(true);
    }
    await expectParses(files);
    await expectTypesResolve(files, jsonHelpersSource());
  });

  it('catches a type that is not in scope (the resolution check can fail)', async () => {
    const broken = new Map(files);
    const task = file('lib/src/models/task.dart').replace("import 'task_status.dart';\n", '');
    broken.set('lib/src/models/task.dart', task);
    await expect(expectTypesResolve(broken, jsonHelpersSource())).rejects.toThrow(
      /task\.dart:\d+: TaskStatus is not in scope/,
    );
  });

  it('is deterministic', async () => {
    const again = await generateDartModels(buildContractSchemas(routes).components);
    expect([...again]).toEqual([...files]);
  });

  it('types every Task field as the contract says', () => {
    const task = declaration(file('lib/src/models/task.dart'), /^final class Task \{/m);
    const fields = Object.fromEntries(
      [...task.matchAll(/^ {2}final (.+) (\w+);$/gm)].map((match) => [match[2], match[1]]),
    );
    expect(fields).toEqual({
      id: 'String',
      projectId: 'String',
      title: 'String',
      description: 'String',
      status: 'TaskStatus',
      priority: 'int',
      estimateHours: 'double',
      dueAt: 'DateTime?',
      assigneeId: 'String?',
      tags: 'List<String>',
      metadata: 'Map<String, String>',
      attachments: 'List<Attachment>',
      checklist: 'List<ChecklistItem>',
      createdAt: 'DateTime',
      updatedAt: 'DateTime',
      _unknownWire: 'Map<String, Object?>',
    });
  });

  it('applies Zod defaults in output shapes and requires nullable fields', () => {
    const task = file('lib/src/models/task.dart');
    expect(task).toContain("this.description = '',");
    expect(task).toContain('this.status = TaskStatus.todo,');
    expect(task).toContain('this.estimateHours = 0.0,');
    expect(task).toContain('this.tags = const [],');
    expect(task).toContain('required this.assigneeId,');
    expect(task).toMatch(/priority: readDefaultedField\(map, 'priority', path, readInt, 2\)/);
    expect(task).toContain(
      "assigneeId: readField(map, 'assigneeId', path, nullableOf(readString))",
    );
    expect(task).toContain("dueAt: readOptionalField(map, 'dueAt', path, readDateTime)");
  });

  it('omits an absent optional, writes null for a nullable, and dates as UTC', () => {
    const task = file('lib/src/models/task.dart');
    expect(task).toContain("if (dueAt != null) 'dueAt': writeDateTime(dueAt!),");
    expect(task).toContain("'assigneeId': assigneeId,");
    expect(task).toContain("'createdAt': writeDateTime(createdAt),");
  });

  it('lets copyWith clear nullable and optional fields but not drop required ones', () => {
    const task = file('lib/src/models/task.dart');
    expect(task).toContain('String? Function()? assigneeId,');
    expect(task).toContain('DateTime? Function()? dueAt,');
    expect(task).toContain('assigneeId: assigneeId == null ? this.assigneeId : assigneeId(),');
    expect(task).toContain('title: title ?? this.title,');
  });

  it('gives input shapes optional defaulted fields, distinct from the output shape', () => {
    const output = file('lib/src/models/checklist_item.dart');
    const input = file('lib/src/models/checklist_item_input.dart');
    expect(output).toContain('final List<ChecklistItem> children;');
    expect(output).toContain('this.done = false,');
    expect(input).toContain('final class ChecklistItemInput {');
    expect(input).toContain('final bool? done;');
    expect(input).toContain('final List<ChecklistItemInput>? children;');
    const create = file('lib/src/models/create_task_input.dart');
    expect(create).toContain('final List<AttachmentInput>? attachments;');
    expect(create).toContain('final TaskStatus? status;');
  });

  it('keeps absent, null and value apart for nullish fields (PATCH)', () => {
    const update = file('lib/src/models/update_task_input.dart');
    expect(update).toContain('final Present<DateTime>? dueAt;');
    expect(update).toContain('final Present<String>? assigneeId;');
    expect(update).toContain("dueAt: readNullishField(map, 'dueAt', path, readDateTime)");
    expect(update).toMatch(/if \(dueAt != null\)\s+'dueAt': dueAt!\.encode/);
    // A CreateTaskInput may omit assigneeId (server default null) or send null.
    expect(file('lib/src/models/create_task_input.dart')).toContain(
      'final Present<String>? assigneeId;',
    );
  });

  it('makes a discriminated union sealed, with an Unknown variant and literal tags', () => {
    const library = file('lib/src/models/attachment.dart');
    expect(library).toContain('sealed class Attachment {');
    expect(library).toContain("'image' => ImageAttachment.fromJson(map, path),");
    expect(library).toContain('_ => UnknownAttachment(tag, map),');
    expect(library).toContain('final class UnknownAttachment implements Attachment {');
    expect(library).toContain('Map<String, Object?> toJson() => json;');
    // Variants share the sealed library as parts; a shared variant implements both unions.
    expect(library).toContain("part 'link_attachment.dart';");
    const link = file('lib/src/models/link_attachment.dart');
    expect(link).toContain("part of 'attachment.dart';");
    expect(link).toContain('final class LinkAttachment implements Attachment, AttachmentInput {');
    expect(link).toContain("String get kind => 'link';");
    expect(link).toContain("readLiteral(map, 'kind', path, 'link');");
    expect(link).not.toMatch(/this\.kind/);
    expect(file('lib/src/models/image_attachment_input.dart')).toContain(
      'final class ImageAttachmentInput implements AttachmentInput {',
    );
  });

  it('makes enums with lowerCamel members keeping the wire value, and unknown', () => {
    const status = file('lib/src/models/task_status.dart');
    expect(status).toContain('enum TaskStatus implements WireEnum {');
    expect(status).toContain("inProgress('in_progress'),");
    expect(status).toContain('unknown(null);');
    expect(status).toContain("'in_progress' => inProgress,");
    expect(status).toContain('_ => unknown,');
    expect(file('lib/src/models/error_code.dart')).toContain("notFound('NOT_FOUND'),");
  });

  it('names inline enums after their model and field, in the model file', () => {
    const health = file('lib/src/models/database_health.dart');
    expect(health).toContain('enum DatabaseHealthDriver implements WireEnum {');
    expect(health).toContain('final DatabaseHealthDriver driver;');
  });

  it('keeps the raw JSON of unknown enum values to write it back', () => {
    const task = file('lib/src/models/task.dart');
    expect(task).toContain("unknownWireOf(map, {'status': statusValue}),");
    expect(task).toContain("'status': _unknownWire['status'] ?? status.toJson(),");
    expect(task).toContain("keepWire(_unknownWire, [if (status != null) 'status']),");
  });

  it('gives recursive models a fromJson that recurses', () => {
    expect(file('lib/src/models/checklist_item.dart')).toContain('listOf(ChecklistItem.fromJson)');
  });

  it('has value semantics: final fields, frozen constructor arguments, deep equality', () => {
    const task = file('lib/src/models/task.dart');
    expect(task).toContain('@immutable\nfinal class Task {\n  Task({');
    expect(task).toContain('const Task._(this._unknownWire, {');
    expect(task).toContain('deepEquals(tags, other.tags) &&');
    expect(task).toContain('deepHash(attachments),');
    expect(task).not.toMatch(/^ {2}(?!final )[A-Z]\w*(<.*>)?\?? \w+;$/m);
    for (const source of files.values()) expect(source).not.toMatch(/\bdynamic\b/);
  });
});

describe('Dart models of unusual constructs', () => {
  it('escapes keywords and members, renames dart:core clashes, keeps wire names', async () => {
    const models = await generateChecked({
      Type: z.object({
        class: z.string(),
        toJson: z.boolean(),
        other: z.string(),
        int: z.number(),
        snake_case: z.number().int(),
        level: z.enum(['unknown', 'values', 'in-progress']),
      }),
    });
    const source = models.get('lib/src/models/type_model.dart') ?? '';
    expect(source).toContain('final class TypeModel {');
    expect(source).toMatch(/final String \w+Class;/);
    expect(source).toContain("readField(map, 'class', path, readString)");
    expect(source).toContain("readField(map, 'snake_case', path, readInt)");
    expect(source).toMatch(/final bool \w+ToJson;/);
    // `other` would be shadowed by the parameter of ==, `int` would shadow the type.
    expect(source).toMatch(/final String \w+Other;/);
    expect(source).toMatch(/final double \w+Int;/);
    expect(source).toMatch(/(\w+Other) == other\.\1 &&/);
    const level = declaration(source, /^enum TypeModelLevel /m);
    expect(level).toMatch(/\w+Unknown\('unknown'\),/);
    expect(level).toMatch(/\w+Values\('values'\),/);
    expect(level).toContain("inProgress('in-progress'),");
    expect(level).toContain('unknown(null);');
  });

  it('supports nested lists and maps, nullable items, and non-constant defaults', async () => {
    const Point = z.object({ x: z.number() });
    const models = await generateChecked({
      Point,
      Shape: z.object({
        rings: z.array(z.array(Point)),
        byName: z.record(z.string(), z.array(z.iso.datetime())),
        gaps: z.array(z.string().nullable()),
        origin: Point.default({ x: 0 }),
        since: z.iso.datetime().default('2020-01-01T00:00:00Z'),
      }),
    });
    const shape = models.get('lib/src/models/shape.dart') ?? '';
    expect(shape).toContain('final List<List<Point>> rings;');
    expect(shape).toContain('final Map<String, List<DateTime>> byName;');
    expect(shape).toContain('final List<String?> gaps;');
    expect(shape).toContain("Point.fromJson(<String, Object?>{'x': 0}, '$path.origin')");
    expect(shape).toContain("readDateTime('2020-01-01T00:00:00Z', '$path.since')");
    expect(shape).toContain('required this.origin,');
    expect(shape).toContain("import 'point.dart';");
  });

  it('prints secrets (format password) as <redacted> in toString, nullable ones too', async () => {
    const models = await generateChecked({
      Credentials: z.object({
        login: z.string(),
        password: z.string().meta({ format: 'password' }),
        recoveryCode: z.string().meta({ format: 'password' }).nullable(),
      }),
    });
    const source = models.get('lib/src/models/credentials.dart') ?? '';
    expect(source).toContain("'Credentials(login: $login, password: <redacted>, '");
    expect(source).toContain("'recoveryCode: <redacted>)';");
    expect(source).not.toMatch(/\$\{?(password|recoveryCode)\b/);
    // Still on the wire: only the printed form hides it.
    expect(source).toContain("'password': password,");
  });

  it('keeps two models of identical shape apart', async () => {
    const models = await generateChecked({
      Left: z.object({ x: z.string() }),
      Right: z.object({ x: z.string() }),
    });
    expect(models.get('lib/src/models/left.dart')).toContain('final class Left {');
    expect(models.get('lib/src/models/right.dart')).toContain('final class Right {');
  });

  it('keeps a non-tag literal as a constant getter', async () => {
    const models = await generateChecked({
      Versioned: z.object({ version: z.literal(2), name: z.string() }),
    });
    const source = models.get('lib/src/models/versioned.dart') ?? '';
    expect(source).toContain('int get version => 2;');
    expect(source).toContain("'version': 2,");
    expect(source).not.toContain('@override\n  int get version');
  });

  it('handles empty objects, nullable defaults, enum lists and scalar models', async () => {
    const Color = z.enum(['red', 'dark_blue']);
    const Id = z.uuid();
    const models = await generateChecked({
      Color,
      Id,
      Empty: z.object({}),
      Palette: z.object({
        id: Id,
        colors: z.array(Color).default(['red']),
        note: z.string().nullable().default(null),
      }),
    });
    // A registered scalar is inlined where it is used: no file, no class.
    expect([...models.keys()].filter((path) => path.startsWith('lib/')).sort()).toEqual([
      'lib/src/models/color.dart',
      'lib/src/models/empty.dart',
      'lib/src/models/palette.dart',
    ]);
    const empty = models.get('lib/src/models/empty.dart') ?? '';
    expect(empty).toContain('const Empty();');
    expect(empty).toContain('    readObject(json, path);\n    return const Empty();');
    const palette = models.get('lib/src/models/palette.dart') ?? '';
    expect(palette).toContain('final String id;');
    expect(palette).toContain('this.colors = const [Color.red],');
    expect(palette).toContain('    this.note,\n');
    expect(palette).toContain('final String? note;');
    expect(palette).toContain("unknownWireOf(map, {'colors': colorsValue}),");
    expect(palette).toContain(
      "'colors': _unknownWire['colors'] ?? [for (final e0 in colors) e0.toJson()],",
    );
    expect(palette).toContain(
      "note: readDefaultedField(map, 'note', path, nullableOf(readString), null)",
    );
  });
});
