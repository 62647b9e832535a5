import type { EnumIR } from '../model/ir.js';
import { fromJsonSignature } from './class.js';
import { dartString } from './codecs.js';
import { docComment, WIDTH } from './layout.js';

/**
 * A Dart enum whose members keep their wire value (`inProgress('in_progress')`), with an
 * `unknown` member for values added to the contract later. `unknown` has no wire value of its
 * own: a model that decoded one keeps the raw JSON and writes it back (see the class emitter),
 * so a value round-trips through this package even before the package knows it.
 */
export function emitEnum(model: EnumIR): string[] {
  const name = model.dartName;
  const lines: string[] = [...docComment(model.description, '')];
  lines.push(`enum ${name} implements WireEnum {`);
  for (const member of model.cases) {
    lines.push(`  ${member.dartName}(${dartString(member.wire)}),`);
  }
  lines.push(
    '',
    '  /// A value added to the contract after this package was generated.',
    '  unknown(null);',
    '',
    `  const ${name}(this._wire);`,
    '',
    '  final String? _wire;',
    '',
    '  /// The member for a wire value; [unknown] for a value this version does not',
    '  /// know, so that a newer server does not break an older app.',
    ...fromJsonSignature(`  static ${name} fromJson(`, name, ') =>'),
    '      switch (readString(json, path)) {',
    ...model.cases.map((member) => `        ${dartString(member.wire)} => ${member.dartName},`),
    '        _ => unknown,',
    '      };',
    '',
    '  @override',
    '  bool get isUnknown => this == unknown;',
    '',
    '  /// The wire value. [unknown] has none: the model that decoded it writes',
    '  /// the value it received instead; sending a new [unknown] is a bug.',
    '  String toJson() =>',
    ...unknownThrow(name),
    '}',
  );
  return lines;
}

function unknownThrow(name: string): string[] {
  const error = `(throw StateError('${name}.unknown has no wire value'))`;
  const oneLine = `      _wire ?? ${error};`;
  return oneLine.length <= WIDTH ? [oneLine] : ['      _wire ??', `      ${error};`];
}
