import type { UnionIR } from '../model/ir.js';
import { fromJsonSignature } from './class.js';
import { dartString } from './codecs.js';
import { docComment } from './layout.js';

/**
 * A discriminated union: a sealed base whose fromJson switches on the tag, and a variant
 * keeping the JSON of a tag added later, written back unchanged. Variants are the model
 * classes of their own components (emitted with `implements <Base>`, in the same library).
 */
export function emitUnion(model: UnionIR): string[] {
  const name = model.dartName;
  const tag = model.discriminator;
  const tagKey = dartString(tag.jsonName);
  const unknown = model.unknownName;
  const lines: string[] = [...docComment(model.description, '')];
  lines.push(
    '@immutable',
    `sealed class ${name} {`,
    ...fromJsonSignature(`  factory ${name}.fromJson(`, name, ') {'),
    '    final map = readObject(json, path);',
    `    final tag = readField(map, ${tagKey}, path, readString);`,
    '    return switch (tag) {',
    ...model.variants.map(
      (variant) => `      ${dartString(variant.tag)} => ${variant.className}.fromJson(map, path),`,
    ),
    `      _ => ${unknown}(tag, map),`,
    '    };',
    '  }',
    '',
    `  /// The discriminator (\`${tag.jsonName}\` on the wire).`,
    `  String get ${tag.dartName};`,
    '',
    '  Map<String, Object?> toJson();',
    '}',
    '',
    ...docComment(
      `The [${name}] for a \`${tag.jsonName}\` this version does not know (one added ` +
        'later).\n\nIt keeps the JSON it was decoded from, as a deep unmodifiable copy, ' +
        'and writes it back unchanged.',
      '',
    ),
    '@immutable',
    `final class ${unknown} implements ${name} {`,
    `  ${unknown}(this.${tag.dartName}, Map<String, Object?> json)`,
    '    : json = frozenObject(json);',
    '',
    '  @override',
    `  final String ${tag.dartName};`,
    '',
    '  /// The object as received (a copy: changing the map it came from changes',
    '  /// nothing here, and this one cannot be changed).',
    '  final Map<String, Object?> json;',
    '',
    '  @override',
    '  Map<String, Object?> toJson() => json;',
    '',
    '  @override',
    '  bool operator ==(Object other) =>',
    '      identical(this, other) ||',
    `      other is ${unknown} && deepEquals(json, other.json);`,
    '',
    '  @override',
    '  int get hashCode => deepHash(json);',
    '',
    '  @override',
    `  String toString() => '${unknown}($json)';`,
    '}',
  );
  return lines;
}
