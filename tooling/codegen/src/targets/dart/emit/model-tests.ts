/**
 * test/models_test.dart: what the models promise beyond the wire format, checked on values
 * the test builds itself (the vectors only ever decode): value equality and hash codes,
 * copyWith, arguments frozen by the constructors (collections copied and unmodifiable,
 * instants in UTC), unknown enum values and union variants, toString that never throws.
 */
import { lineCommentHeader } from '../../../pipeline/header.js';
import type { ClassIR, DartFileIR, DartType, EnumIR, FieldIR, UnionIR } from '../model/ir.js';
import { REDACTED } from './class.js';
import { dartString, dartTypeName, fieldTypeName } from './codecs.js';
import { declaresDeprecated, deprecationPreamble } from './deprecations.js';
import { list, render } from './layout.js';

export const MODEL_TESTS_FILE = 'test/models_test.dart';
/** Replaced by the package name where the package is known (the Dart target). */
export const PACKAGE_PLACEHOLDER = '__dart_package__';
/** A wire value no contract has yet (the vectors use the same one). */
const ADDED_LATER = 'zz_added_later';
/** A secret set in a test, to show that toString never prints it. */
const SECRET_SAMPLE = 'a-secret-sample-value';
/** How deep sample values nest models before giving up on a field. */
const MAX_DEPTH = 4;

type Declaration = ClassIR | EnumIR | UnionIR;

/** Dart expressions for sample values of a type: a base one and a different one. */
class Samples {
  private readonly byName = new Map<string, Declaration>();

  constructor(files: DartFileIR[]) {
    for (const file of files) {
      for (const declaration of file.declarations)
        this.byName.set(declaration.dartName, declaration);
    }
  }

  declaration(name: string): Declaration | undefined {
    return this.byName.get(name);
  }

  /** A value of `type` (`other`: a different one), or undefined when none can be built. */
  of(type: DartType, other: boolean, depth = 0): string | undefined {
    if (depth > MAX_DEPTH) return undefined;
    switch (type.kind) {
      case 'string':
        return other ? "'b'" : "'a'";
      case 'int':
        return other ? '2' : '1';
      case 'double':
        return other ? '2.5' : '1.5';
      case 'bool':
        return other ? 'true' : 'false';
      case 'dateTime':
        return other ? 'DateTime.utc(2024, 3, 1)' : 'DateTime.utc(2024, 2, 29, 12, 34, 56)';
      case 'list': {
        if (!other) return `<${dartTypeName(type.items)}>[]`;
        const item = this.of(type.items, false, depth + 1);
        return item === undefined ? undefined : `<${dartTypeName(type.items)}>[${item}]`;
      }
      case 'map': {
        if (!other) return `<String, ${dartTypeName(type.values)}>{}`;
        const value = this.of(type.values, false, depth + 1);
        return value === undefined
          ? undefined
          : `<String, ${dartTypeName(type.values)}>{'k': ${value}}`;
      }
      case 'nullable':
        // Nested values stay small (and recursive models finite): null below the top.
        return other || depth > 0 ? 'null' : this.of(type.inner, false, depth);
      case 'enum': {
        const declaration = this.byName.get(type.name);
        if (declaration?.kind !== 'enum') return undefined;
        const member = declaration.cases[other ? 1 : 0]?.dartName ?? 'unknown';
        return `${type.name}.${member}`;
      }
      case 'model':
        return this.model(type.name, other, depth);
    }
  }

  /** A value of a field's declared type (`Present` for nullish fields). */
  ofField(field: FieldIR, other: boolean): string | undefined {
    if (field.presence === 'optional' && field.type.kind === 'nullable') {
      const inner = field.type.inner;
      const value = other ? 'null' : this.of(inner, false);
      return value === undefined ? undefined : `Present<${dartTypeName(inner)}>(${value})`;
    }
    return this.of(field.type, other);
  }

  /**
   * A constructor call of a class (or a union's first variant) with its fields that are not
   * optional; `other` changes the first of them.
   */
  private model(name: string, other: boolean, depth: number): string | undefined {
    const declaration = this.byName.get(name);
    if (declaration?.kind === 'union') {
      const variant = declaration.variants[0];
      return variant && this.model(variant.className, other, depth);
    }
    if (declaration?.kind !== 'class') return undefined;
    const fields = settable(declaration).filter((field) => field.presence !== 'optional');
    if (other && fields.length === 0) return undefined;
    const args: string[] = [];
    fields.forEach((field, index) => {
      args.push(`${field.dartName}: ${this.of(field.type, other && index === 0, depth + 1)}`);
    });
    return args.some((arg) => arg.endsWith(': undefined'))
      ? undefined
      : `${name}(${args.join(', ')})`;
  }

  /** The arguments of a constructor call setting every field, `overrides` replacing some. */
  construct(model: ClassIR, overrides: Map<string, string> = new Map()): string[] | undefined {
    const args: string[] = [];
    for (const field of settable(model)) {
      const value = overrides.get(field.dartName) ?? this.ofField(field, false);
      if (value === undefined) return undefined;
      args.push(`${field.dartName}: ${value}`);
    }
    return args;
  }
}

const settable = (model: ClassIR) => model.fields.filter((field) => field.literal === undefined);

/** A nullable or optional field: copyWith takes a function, so that it can set null. */
const clearable = (field: FieldIR) =>
  field.presence === 'optional' || field.type.kind === 'nullable';

const copyArgument = (field: FieldIR, value: string) =>
  `${field.dartName}: ${clearable(field) ? `() => ${value}` : value}`;

/** The value of a field read back, non-null (`!`) where its declared type is nullable. */
const read = (field: FieldIR, value: string) =>
  `${value}.${field.dartName}${fieldTypeName(field).endsWith('?') ? '!' : ''}`;

function classTests(model: ClassIR, samples: Samples): string[] {
  const name = model.dartName;
  const fields = settable(model);
  const baseArgs = samples.construct(model);
  if (fields.length === 0 || baseArgs === undefined) return [];
  const call = (lead: string, args: string[], indent: string) =>
    render(list(`${lead}${name}(`, args, ')'), indent, '', ';');
  const line = (text: string) => lines.push(...render(text, '      '));
  const lines: string[] = [`  group(${dartString(name)}, () {`];
  lines.push(...call(`${name} base() => `, baseArgs, '    '));
  lines.push('');
  lines.push("    test('equal values are equal, with equal hash codes', () {");
  lines.push('      expect(base(), base());');
  lines.push('      expect(base().hashCode, base().hashCode);');
  lines.push('      expect(base().copyWith(), base());');
  lines.push('    });');

  // copyWith, ==, hashCode: each field on its own.
  for (const field of fields) {
    const other = samples.ofField(field, true);
    if (other === undefined) continue;
    const label = `${field.dartName}: copyWith replaces it, == and hashCode see it`;
    lines.push('', `    test(${dartString(label)}, () {`);
    line(`final changed = base().copyWith(${copyArgument(field, other)});`);
    line(`expect(changed.${field.dartName}, ${other});`);
    line('expect(changed, isNot(base()));');
    line('expect(changed.hashCode, isNot(base().hashCode));');
    line(
      `expect(changed.copyWith(${copyArgument(field, samples.ofField(field, false) as string)}), base());`,
    );
    if (clearable(field)) {
      line(`expect(base().copyWith(${field.dartName}: () => null).${field.dartName}, isNull);`);
    }
    lines.push('    });');
  }

  // Collections passed in are copied and cannot be changed afterwards.
  for (const field of fields) {
    const type = field.type;
    if (type.kind !== 'list' && type.kind !== 'map') continue;
    const filled = samples.of(type, true);
    const item = samples.of(type.kind === 'list' ? type.items : type.values, false);
    const built = samples.construct(model, new Map([[field.dartName, 'items']]));
    if (filled === undefined || item === undefined || built === undefined) continue;
    const mutate = (target: string) =>
      type.kind === 'list' ? `${target}.add(${item})` : `${target}['zz'] = ${item}`;
    const label = `${field.dartName}: the constructor and copyWith copy it, unmodifiable`;
    lines.push('', `    test(${dartString(label)}, () {`);
    line(`final items = ${filled};`);
    lines.push(...call('final value = ', built, '      '));
    line(`final copied = base().copyWith(${copyArgument(field, 'items')});`);
    line('final hashes = [value.hashCode, copied.hashCode];');
    line(`${mutate('items')};`);
    line('expect([value.hashCode, copied.hashCode], hashes);');
    line(`expect(${read(field, 'value')}, hasLength(1));`);
    line(`expect(${read(field, 'copied')}, hasLength(1));`);
    line(`expect(() => ${mutate(read(field, 'value'))}, throwsUnsupportedError);`);
    lines.push('    });');
  }

  // Instants are held in UTC: the same instant in local time gives an equal value.
  for (const field of fields) {
    const nullish = field.presence === 'optional' && field.type.kind === 'nullable';
    const inner = field.type.kind === 'nullable' ? field.type.inner : field.type;
    if (inner.kind !== 'dateTime') continue;
    const wrap = (value: string) => (nullish ? `Present<DateTime>(${value})` : value);
    const utc = 'DateTime.utc(2024, 2, 29, 12, 34, 56)';
    const local = `${utc}.toLocal()`;
    const inLocal = samples.construct(model, new Map([[field.dartName, wrap(local)]]));
    const inUtc = samples.construct(model, new Map([[field.dartName, wrap(utc)]]));
    if (inLocal === undefined || inUtc === undefined) continue;
    const held = `${read(field, 'value')}${nullish ? '.value!' : ''}`;
    const label = `${field.dartName}: held in UTC, equal to the same instant in local time`;
    lines.push('', `    test(${dartString(label)}, () {`);
    lines.push(...call('final value = ', inLocal, '      '));
    lines.push(...call('final utc = ', inUtc, '      '));
    line(`expect(${held}.isUtc, isTrue);`);
    line('expect(value, utc);');
    line('expect(value.hashCode, utc.hashCode);');
    line(`final copied = base().copyWith(${copyArgument(field, wrap(local))});`);
    line(`expect(copied, base().copyWith(${copyArgument(field, wrap(utc))}));`);
    lines.push('    });');
  }

  // Secrets (passwords, tokens) never show in toString.
  for (const field of fields) {
    const inner = field.type.kind === 'nullable' ? field.type.inner : field.type;
    const nullish = field.presence === 'optional' && field.type.kind === 'nullable';
    if (!field.secret || inner.kind !== 'string' || nullish) continue;
    const label = `${field.dartName}: a secret, redacted in toString`;
    lines.push('', `    test(${dartString(label)}, () {`);
    line(`final value = base().copyWith(${copyArgument(field, dartString(SECRET_SAMPLE))});`);
    line(`expect(value.toString(), isNot(contains(${dartString(SECRET_SAMPLE)})));`);
    line(`expect(value.toString(), contains(${dartString(`${field.dartName}: ${REDACTED}`)}));`);
    lines.push('    });');
  }

  // Enum fields: an unknown value never makes toString throw; a received one is written
  // back until the field is replaced.
  for (const field of fields) {
    const inner = field.type.kind === 'nullable' ? field.type.inner : field.type;
    const nullish = field.presence === 'optional' && field.type.kind === 'nullable';
    if (inner.kind !== 'enum' || nullish) continue;
    const declaration = samples.declaration(inner.name);
    if (declaration?.kind !== 'enum') continue;
    const first = declaration.cases[0];
    if (first === undefined) continue;
    const key = dartString(field.jsonName);
    const later = dartString(ADDED_LATER);
    const known = copyArgument(field, `${inner.name}.${first.dartName}`);
    const label = `${field.dartName}: an unknown value in toString; replaced, its JSON goes`;
    lines.push('', `    test(${dartString(label)}, () {`);
    line(`final built = base().copyWith(${copyArgument(field, `${inner.name}.unknown`)});`);
    line(`expect(built.toString(), contains('${field.dartName}: '));`);
    line(`final received = ${name}.fromJson({...base().toJson(), ${key}: ${later}});`);
    line(`expect(received.${field.dartName}, ${inner.name}.unknown);`);
    line(`expect(received.toString(), contains(${later}));`);
    line(`expect(received.toJson()[${key}], ${later});`);
    line(`final replaced = received.copyWith(${known});`);
    line(`expect(replaced.toJson()[${key}], ${dartString(first.wire)});`);
    line(`expect(replaced, base().copyWith(${known}));`);
    lines.push('    });');
  }
  lines.push('  });');
  return lines;
}

function unionTests(model: UnionIR): string[] {
  const name = model.dartName;
  const unknown = model.unknownName;
  const tag = dartString(model.discriminator.jsonName);
  const later = dartString(ADDED_LATER);
  return [
    `  group(${dartString(unknown)}, () {`,
    "    test('keeps a deep unmodifiable copy of its JSON', () {",
    "      final deep = <Object?>[1, 'two'];",
    `      final json = <String, Object?>{${tag}: ${later}, 'deep': deep};`,
    `      final value = ${name}.fromJson(json);`,
    '      final hash = value.hashCode;',
    "      json['extra'] = true;",
    '      deep.add(3);',
    `      expect(value, isA<${unknown}>());`,
    '      expect(value.hashCode, hash);',
    '      expect(value.toJson(), {',
    `        ${tag}: ${later},`,
    "        'deep': [1, 'two'],",
    '      });',
    "      expect(() => value.toJson()['extra'] = true, throwsUnsupportedError);",
    "      final written = value.toJson()['deep'];",
    '      expect(() => (written as List<Object?>).add(3), throwsUnsupportedError);',
    `      expect(${unknown}(${later}, json), isNot(value));`,
    `      expect(${unknown}(${later}, json).toJson(), json);`,
    '    });',
    '  });',
  ];
}

/** The source of test/models_test.dart for these model files. */
export function emitModelTests(files: DartFileIR[]): string {
  const samples = new Samples(files);
  const groups: string[][] = [];
  const declarations = files
    .flatMap((file) => file.declarations)
    .sort((a, b) => (a.dartName < b.dartName ? -1 : a.dartName > b.dartName ? 1 : 0));
  for (const declaration of declarations) {
    if (declaration.kind === 'class') {
      const tests = classTests(declaration, samples);
      if (tests.length > 0) groups.push(tests);
    } else if (declaration.kind === 'union') {
      groups.push(unionTests(declaration));
    }
  }
  return [
    lineCommentHeader('dart').trimEnd(),
    '',
    ...deprecationPreamble(declaresDeprecated(declarations)),
    '// What the models promise beyond the wire format (the vectors only decode):',
    '// equality, copyWith, arguments frozen by the constructors, and toString.',
    '',
    `import 'package:${PACKAGE_PLACEHOLDER}/${PACKAGE_PLACEHOLDER}.dart';`,
    "import 'package:test/test.dart';",
    '',
    'void main() {',
    ...groups.flatMap((group, index) => (index > 0 ? ['', ...group] : group)),
    '}',
    '',
  ].join('\n');
}
