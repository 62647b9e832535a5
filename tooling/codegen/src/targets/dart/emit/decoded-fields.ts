/**
 * test/support/decoded_fields.dart: the fields of a decoded model read through its own
 * getters, by JSON name, for the vectors test (test/vectors_test.dart). The vectors test
 * checks them, type-exact, against what the JSON Schema says (the vector file's decodedType);
 * going through toJson instead would hide a decoding bug that encoding mirrors (an instant
 * kept in local time and converted on the way out, an int held as a double).
 */
import { lineCommentHeader } from '../../../pipeline/header.js';
import type { ClassIR, DartFileIR, EnumIR, UnionIR } from '../model/ir.js';
import { dartString } from './codecs.js';
import { declaresDeprecated, deprecationPreamble } from './deprecations.js';
import { list, render } from './layout.js';
import { PACKAGE_PLACEHOLDER } from './model-tests.js';

export const DECODED_FIELDS_FILE = 'test/support/decoded_fields.dart';

const byName = <T extends { dartName: string }>(a: T, b: T) =>
  a.dartName < b.dartName ? -1 : a.dartName > b.dartName ? 1 : 0;

function classCase(model: ClassIR): string[] {
  const entries = model.fields.map(
    (field) => `${dartString(field.jsonName)}: value.${field.dartName}`,
  );
  return [
    `  if (value is ${model.dartName}) {`,
    ...render(
      list(`DecodedFields(${dartString(model.dartName)}, {`, entries, '})'),
      '    ',
      'return ',
      ';',
    ),
    '  }',
  ];
}

function unknownCase(model: UnionIR): string[] {
  const name = model.unknownName;
  return [
    `  if (value is ${name}) {`,
    ...render(
      list(
        'DecodedFields(',
        [dartString(name), 'value.json', `tag: value.${model.discriminator.dartName}`],
        ')',
      ),
      '    ',
      'return ',
      ';',
    ),
    '  }',
  ];
}

function enumCase(model: EnumIR): string[] {
  return render(`if (value is ${model.dartName}) return value.toJson();`, '  ');
}

/** The source of test/support/decoded_fields.dart for these model files. */
export function emitDecodedFields(files: DartFileIR[]): string {
  const declarations = files.flatMap((file) => file.declarations);
  const classes = declarations.filter((d): d is ClassIR => d.kind === 'class').sort(byName);
  const unions = declarations.filter((d): d is UnionIR => d.kind === 'union').sort(byName);
  const enums = declarations.filter((d): d is EnumIR => d.kind === 'enum').sort(byName);
  return [
    lineCommentHeader('dart').trimEnd(),
    '',
    ...deprecationPreamble(declaresDeprecated(declarations)),
    '// The fields of decoded models as the objects hold them, read through their',
    '// getters (not toJson), for the type-exact checks of test/vectors_test.dart.',
    '',
    `import 'package:${PACKAGE_PLACEHOLDER}/${PACKAGE_PLACEHOLDER}.dart';`,
    '',
    '/// A model object: its class and its fields by JSON name.',
    'final class DecodedFields {',
    '  const DecodedFields(this.className, this.fields, {this.tag});',
    '',
    '  final String className;',
    '',
    '  /// By JSON name; for the unknown variant of a union, the JSON it keeps.',
    '  final Map<String, Object?> fields;',
    '',
    "  /// The unknown variant's tag, as its getter returns it.",
    '  final String? tag;',
    '}',
    '',
    '/// The class and fields of [value]; null when it is no generated class.',
    'DecodedFields? decodedFieldsOf(Object? value) {',
    ...classes.flatMap(classCase),
    ...unions.flatMap(unknownCase),
    '  return null;',
    '}',
    '',
    '/// The wire value of a known enum member; null for `unknown` (or no enum).',
    'String? wireValueOf(WireEnum value) {',
    '  if (value.isUnknown) return null;',
    ...enums.flatMap(enumCase),
    '  return null;',
    '}',
    '',
  ].join('\n');
}
