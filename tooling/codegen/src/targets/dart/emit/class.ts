import { CodegenError } from '../../../errors.js';
import type { ClassIR, DartType, FieldIR } from '../model/ir.js';
import {
  dartDouble,
  dartJsonLiteral,
  dartString,
  fieldTypeName,
  frozenField,
  hasShallowEquality,
  holdsEnum,
  readerOf,
  writerOf,
} from './codecs.js';
import { broken, type Doc, docComment, flat, list, render, WIDTH } from './layout.js';

/** The note of a deprecated field without a description of its own. */
const DEPRECATED_FIELD = 'Deprecated in the contract; it may be removed.';

/** Looks up the Dart member of an enum for a wire value (for defaults). */
export type EnumCaseLookup = (enumName: string, wire: string) => string | undefined;

const WIRE = '_unknownWire';

/** A generated model class: value semantics, checked fromJson, toJson, copyWith. */
export function emitClass(model: ClassIR, enumCase: EnumCaseLookup): string[] {
  const name = model.dartName;
  const literals = model.fields.filter((field) => field.literal !== undefined);
  const fields = model.fields.filter((field) => field.literal === undefined);
  // Fields that can hold an enum keep the raw JSON of values added later (see toJson).
  const enumFields = fields.filter((field) => holdsEnum(field.type));
  const hasWire = enumFields.length > 0;
  const defaults = new Map(
    fields.map((field) => [field.dartName, constDefault(model, field, enumCase)]),
  );

  // Collections copied into unmodifiable ones, instants in UTC: how each field is stored.
  const frozen = new Map(
    fields.map((field) => [field.dartName, frozenField(field, field.dartName)]),
  );
  const freezes = [...frozen.values()].some((source) => source !== undefined);
  // The private constructor stores its arguments as they are: fromJson's readers already
  // return them frozen, and the public constructor and copyWith freeze what they pass.
  const hasRaw = hasWire || freezes;
  const raw = `${name}${hasRaw ? '._' : ''}`;

  const lines: string[] = [...docComment(model.description, '')];
  const supertypes =
    model.implements.length > 0 ? ` implements ${model.implements.join(', ')}` : '';
  lines.push('@immutable', `final class ${name}${supertypes} {`);

  // Constructors.
  const params = fields.map((field) => constructorParameter(field, defaults.get(field.dartName)));
  if (freezes) {
    const typed = fields.map((field) =>
      typedParameter(field, constructorParameter(field, defaults.get(field.dartName))),
    );
    const passed: Doc[] = fields.map(
      (field) => `${field.dartName}: ${frozen.get(field.dartName) ?? field.dartName}`,
    );
    if (hasWire) passed.unshift('const {}');
    lines.push(`  ${name}({`, ...typed.map((param) => `    ${param},`));
    lines.push(...redirect(passed));
    lines.push('');
    lines.push(...privateConstructor(name, params, hasWire));
  } else if (hasWire) {
    lines.push(
      ...render(list('{', params, '}'), '  ', `const ${name}(`, `) : ${WIRE} = const {};`),
    );
    lines.push('');
    lines.push(...privateConstructor(name, params, true));
  } else if (params.length === 0) {
    lines.push(`  const ${name}();`);
  } else {
    lines.push(...render(list('{', params, '}'), '  ', `const ${name}(`, ');'));
  }
  lines.push('');

  // fromJson.
  lines.push(...fromJsonSignature(`  factory ${name}.fromJson(`, name, ') {'));
  // A class without fields still checks that it got an object.
  lines.push(
    model.fields.length > 0
      ? '    final map = readObject(json, path);'
      : '    readObject(json, path);',
  );
  for (const field of literals) {
    lines.push(
      ...render(
        list(
          'readLiteral(',
          ['map', dartString(field.jsonName), 'path', literalSource(field.literal)],
          ')',
        ),
        '    ',
        '',
        ';',
      ),
    );
  }
  const reads = new Map(fields.map((field) => [field.dartName, readField(field, enumCase)]));
  for (const field of enumFields) {
    lines.push(
      ...render(
        reads.get(field.dartName) as Doc,
        '    ',
        // Typed: a local has no context type to infer `const []` defaults from.
        `final ${fieldTypeName(field)} ${field.dartName}Value = `,
        ';',
      ),
    );
  }
  const args: Doc[] = fields.map((field) =>
    holdsEnum(field.type)
      ? `${field.dartName}: ${field.dartName}Value`
      : prefixed(`${field.dartName}: `, reads.get(field.dartName) as Doc),
  );
  if (hasWire) {
    const decoded = list(
      '{',
      enumFields.map((field) => `${dartString(field.jsonName)}: ${field.dartName}Value`),
      '}',
    );
    args.unshift(list('unknownWireOf(', ['map', decoded], ')'));
  }
  if (fields.length === 0) {
    lines.push(`    return const ${name}();`);
  } else {
    lines.push(...render(list('(', args, ')'), '    ', `return ${raw}`, ';'));
  }
  lines.push('  }', '');

  // Fields.
  for (const field of fields) {
    if (field.description) lines.push('', ...docComment(field.description, '  '));
    if (field.deprecated) {
      lines.push(`  @Deprecated(${dartString(field.description ?? DEPRECATED_FIELD)})`);
    }
    lines.push(`  final ${fieldTypeName(field)} ${field.dartName};`);
  }
  if (fields.length > 0) lines.push('');
  if (hasWire) {
    lines.push(
      '  /// The JSON of fields that held enum values this version does not know,',
      '  /// written back unchanged by [toJson] until the field is replaced.',
      `  final Map<String, Object?> ${WIRE};`,
      '',
    );
  }
  for (const field of literals) {
    const type = typeof field.literal === 'string' ? 'String' : literalType(field.literal);
    const override = field.overrides ? '  @override\n' : '';
    lines.push(
      `${override}  ${type} get ${field.dartName} => ${literalSource(field.literal)};`,
      '',
    );
  }

  // toJson.
  const entries: Doc[] = model.fields.map((field) => jsonEntry(field, hasWire));
  const override = model.implements.length > 0 ? '  @override\n' : '';
  lines.push(
    ...`${override}${render(list('{', entries, '}'), '  ', 'Map<String, Object?> toJson() => ', ';').join('\n')}`.split(
      '\n',
    ),
    '',
  );

  // copyWith: required fields cannot be dropped; nullable and optional ones take a
  // function so that `() => null` can clear them.
  if (fields.length > 0) {
    const copyParams = fields.map((field) =>
      clearable(field)
        ? `${fieldTypeName(field)} Function()? ${field.dartName}`
        : `${fieldTypeName(field).replace(/\?$/, '')}? ${field.dartName}`,
    );
    // Replaced values are frozen as the public constructor freezes them.
    const copyArgs: Doc[] = fields.map((field) => {
      const name = field.dartName;
      const replaced = clearable(field)
        ? (frozenField(field, `${name}()`) ?? `${name}()`)
        : frozen.get(name);
      return replaced === undefined
        ? `${name}: ${name} ?? this.${name}`
        : broken('      ', `${name}: ${name} == null`, [`? this.${name}`, `: ${replaced}`]);
    });
    if (hasWire) {
      const replaced = list(
        '[',
        enumFields.map((field) => `if (${field.dartName} != null) ${dartString(field.jsonName)}`),
        ']',
      );
      copyArgs.unshift(list('keepWire(', [WIRE, replaced], ')'));
    }
    lines.push(...render(list('{', copyParams, '}'), '  ', `${name} copyWith(`, ') {'));
    lines.push(...render(list('(', copyArgs, ')'), '    ', `return ${raw}`, ';'));
    lines.push('  }', '');
  }

  // Value semantics.
  const compared = [...fields.map((field) => field.dartName), ...(hasWire ? [WIRE] : [])];
  const shallow = new Map(fields.map((field) => [field.dartName, hasShallowEquality(field.type)]));
  const equalities = compared.map((field) =>
    shallow.get(field) ? `${field} == other.${field}` : `deepEquals(${field}, other.${field})`,
  );
  lines.push('  @override', '  bool operator ==(Object other) =>');
  lines.push('      identical(this, other) ||');
  if (equalities.length === 0) {
    lines.push(`      other is ${name};`);
  } else {
    lines.push(`      other is ${name} &&`);
    equalities.forEach((equality, index) => {
      lines.push(`          ${equality}${index === equalities.length - 1 ? ';' : ' &&'}`);
    });
  }
  lines.push('');
  const hashed = compared.map((field) => (shallow.get(field) ? field : `deepHash(${field})`));
  lines.push('  @override');
  if (hashed.length === 0) {
    lines.push(`  int get hashCode => (${name}).hashCode;`);
  } else if (hashed.length === 1) {
    const only = hashed[0] as string;
    lines.push(
      `  int get hashCode => ${only.startsWith('deepHash(') ? only : `${only}.hashCode`};`,
    );
  } else {
    // Object.hash takes 2 to 20 values; more go through a list.
    const hash =
      hashed.length <= MAX_HASH_ARGUMENTS
        ? list('Object.hash(', hashed, ')')
        : list('Object.hashAll([', hashed, '])');
    lines.push(...render(hash, '  ', 'int get hashCode => ', ';'));
  }
  lines.push('', '  @override', ...toStringLines(name, model.fields, hasWire), '}');
  return lines;
}

/** The most values `Object.hash` takes. */
const MAX_HASH_ARGUMENTS = 20;

/** What toString shows for a secret field (`FieldIR.secret`), null or not. */
export const REDACTED = '<redacted>';

/**
 * `toString()` from the fields themselves, never through toJson (which throws for an enum's
 * `unknown` that no JSON came with): a field holding an unknown value shows the JSON received.
 */
function toStringLines(name: string, fields: FieldIR[], hasWire: boolean): string[] {
  const pieces = fields.map((field, index) => {
    const value = field.secret
      ? REDACTED
      : hasWire && field.literal === undefined && holdsEnum(field.type)
        ? `\${${WIRE}[${dartString(field.jsonName)}] ?? ${field.dartName}}`
        : `$${field.dartName}`;
    return `${field.dartName}: ${value}${index === fields.length - 1 ? '' : ', '}`;
  });
  const text = `${name}(${pieces.join('')})`;
  const oneLine = `  String toString() => '${text}';`;
  if (oneLine.length <= WIDTH) return [oneLine];
  // Adjacent string literals, broken between fields.
  const indent = '      ';
  const chunks: string[] = [];
  let current = `${name}(`;
  for (const piece of pieces) {
    if (current !== '' && `${indent}'${current}${piece}'`.length > WIDTH - 2) {
      chunks.push(current);
      current = '';
    }
    current += piece;
  }
  chunks.push(`${current})`);
  return [
    '  String toString() =>',
    ...chunks.map((chunk, index) => `${indent}'${chunk}'${index === chunks.length - 1 ? ';' : ''}`),
  ];
}

/**
 * `factory X.fromJson(Object? json, [String path = 'X'])` (or the enum's static), split as
 * dart format splits a parameter list with an optional positional part.
 */
export function fromJsonSignature(head: string, name: string, tail: string): string[] {
  const pathParameter = `String path = ${dartString(name)}`;
  const oneLine = `${head}Object? json, [${pathParameter}${tail.replace(/^\)/, '])')}`;
  if (oneLine.length <= 80) return [oneLine];
  const indent = `${head.match(/^ */)?.[0] ?? ''}  `;
  return [
    head,
    `${indent}Object? json, [`,
    `${indent}${pathParameter},`,
    `${indent.slice(2)}]${tail}`,
  ];
}

/** `const X._(this._unknownWire, {...})` (or `const X._({...})`), laid out as dart format does. */
function privateConstructor(name: string, params: string[], hasWire: boolean): string[] {
  if (!hasWire) return render(list('{', params, '}'), '  ', `const ${name}._(`, ');');
  const head = `  const ${name}._(this.${WIRE}`;
  const oneLine = `${head}, {${params.join(', ')}});`;
  if (oneLine.length <= 80) return [oneLine];
  return [`${head}, {`, ...params.map((param) => `    ${param},`), '  });'];
}

/** The end of the public constructor that freezes its arguments: `}) : this._(...);`. */
function redirect(passed: Doc[]): string[] {
  const oneLine = `  }) : this._(${passed.map(flat).join(', ')});`;
  if (oneLine.length <= WIDTH) return [oneLine];
  return [
    '  }) : this._(',
    ...passed.flatMap((argument) => render(argument, '         ', '', ',')),
    '       );',
  ];
}

/** A constructor parameter without `this.` (a redirecting constructor cannot have them). */
function typedParameter(field: FieldIR, parameter: string): string {
  return parameter.replace(/this\.(\w+)/, `${fieldTypeName(field)} $1`);
}

/** A nullable or optional field: copyWith may set it to null (or absent). */
const clearable = (field: FieldIR) =>
  field.presence === 'optional' || field.type.kind === 'nullable';

function constructorParameter(field: FieldIR, constDefaultSource: string | undefined): string {
  if (field.presence === 'optional') return `this.${field.dartName}`;
  if (field.presence === 'defaulted' && constDefaultSource !== undefined) {
    return constDefaultSource === 'null'
      ? `this.${field.dartName}`
      : `this.${field.dartName} = ${constDefaultSource}`;
  }
  return `required this.${field.dartName}`;
}

function readField(field: FieldIR, enumCase: EnumCaseLookup): Doc {
  const key = dartString(field.jsonName);
  const reader = readerOf(field.type);
  switch (field.presence) {
    case 'required':
      return list('readField(', ['map', key, 'path', reader], ')');
    case 'optional':
      return field.type.kind === 'nullable'
        ? list('readNullishField(', ['map', key, 'path', readerOf(field.type.inner)], ')')
        : list('readOptionalField(', ['map', key, 'path', reader], ')');
    case 'defaulted': {
      const fallback =
        constDefaultOf(field, enumCase) ??
        `${reader}(${dartJsonLiteral(field.defaultJson)}, '$path.${dollarSafe(field.jsonName)}')`;
      return list('readDefaultedField(', ['map', key, 'path', reader, fallback], ')');
    }
  }
}

/** `key: [for ...]` split like dart format does when the entry is too long. */
function jsonEntry(field: FieldIR, hasWire: boolean): Doc {
  const entry = jsonEntryText(field, hasWire);
  if (`    ${entry},`.length <= WIDTH || entry.includes('\n')) return entry;
  const match = /^('(?:[^'\\]|\\.)*': )([[{])(for .*)([\]}])$/.exec(entry);
  if (!match) return entry;
  const [, key, open, body, close] = match as unknown as [string, string, string, string, string];
  return list(`${key}${open}`, [body], close);
}

function jsonEntryText(field: FieldIR, hasWire: boolean): string {
  const key = dartString(field.jsonName);
  const name = field.dartName;
  if (field.literal !== undefined) return `${key}: ${literalSource(field.literal)}`;
  if (field.presence === 'optional') {
    const value =
      field.type.kind === 'nullable'
        ? writePresent(name, field.type.inner)
        : writerOf(field.type, name, false) === name
          ? name // Into a Map<String, Object?>: no need to assert non-null.
          : writerOf(field.type, `${name}!`, true);
    const entry = `${key}: ${wireOr(field, value, hasWire)}`;
    const oneLine = `if (${name} != null) ${entry}`;
    // dart format breaks a long collection-if after its condition.
    return `    ${oneLine},`.length <= WIDTH ? oneLine : `if (${name} != null)\n  ${entry}`;
  }
  return `${key}: ${wireOr(field, writerOf(field.type, name, false), hasWire)}`;
}

function writePresent(name: string, inner: DartType): string {
  const write = writerOf(inner, 'value', true);
  if (write === 'value') return `${name}!.value`;
  // `writeDateTime(value)` -> the tear-off `writeDateTime`.
  const tearOff = /^(\w+)\(value\)$/.exec(write)?.[1];
  return `${name}!.encode(${tearOff ?? `(value) => ${write}`})`;
}

/** Fields holding enums write back the raw JSON of a value this version does not know. */
const wireOr = (field: FieldIR, value: string, hasWire: boolean) =>
  hasWire && holdsEnum(field.type) ? `${WIRE}[${dartString(field.jsonName)}] ?? ${value}` : value;

const prefixed = (prefix: string, doc: Doc): Doc =>
  typeof doc === 'string' ? `${prefix}${doc}` : { ...doc, open: `${prefix}${doc.open}` };

function constDefault(
  model: ClassIR,
  field: FieldIR,
  enumCase: EnumCaseLookup,
): string | undefined {
  if (field.presence !== 'defaulted') return undefined;
  const source = constDefaultOf(field, enumCase);
  if (source === undefined && field.defaultJson === undefined) {
    throw new CodegenError('a defaulted field has no default value', {
      model: model.component,
      field: field.jsonName,
    });
  }
  return source;
}

/** The default as a Dart constant, when it has one (otherwise decoded at run time). */
function constDefaultOf(field: FieldIR, enumCase: EnumCaseLookup): string | undefined {
  return constValue(field.type, field.defaultJson, enumCase);
}

function constValue(type: DartType, value: unknown, enumCase: EnumCaseLookup): string | undefined {
  if (value === null) return type.kind === 'nullable' ? 'null' : undefined;
  const inner = type.kind === 'nullable' ? type.inner : type;
  switch (inner.kind) {
    case 'string':
      return typeof value === 'string' ? dartString(value) : undefined;
    case 'int':
      return Number.isInteger(value) ? String(value) : undefined;
    case 'double':
      return typeof value === 'number' ? dartDouble(value) : undefined;
    case 'bool':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'enum': {
      const member = typeof value === 'string' ? enumCase(inner.name, value) : undefined;
      return member === undefined ? undefined : `${inner.name}.${member}`;
    }
    case 'list': {
      if (!Array.isArray(value)) return undefined;
      const items = value.map((item) => constValue(inner.items, item, enumCase));
      if (items.some((item) => item === undefined)) return undefined;
      return `const [${items.map((item) => stripConst(item as string)).join(', ')}]`;
    }
    case 'map': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
      const entries = Object.entries(value).map(([key, item]) => {
        const source = constValue(inner.values, item, enumCase);
        return source === undefined ? undefined : `${dartString(key)}: ${stripConst(source)}`;
      });
      if (entries.some((entry) => entry === undefined)) return undefined;
      return `const {${entries.join(', ')}}`;
    }
    default:
      return undefined;
  }
}

/** Inside a const collection, nested collections are implicitly const. */
const stripConst = (source: string) => source.replace(/^const /, '');

function literalSource(literal: FieldIR['literal']): string {
  if (typeof literal === 'string') return dartString(literal);
  return String(literal);
}

function literalType(literal: FieldIR['literal']): string {
  if (typeof literal === 'boolean') return 'bool';
  return Number.isInteger(literal) ? 'int' : 'double';
}

/** A JSON name inside a Dart string that interpolates `$path`. */
export const dollarSafe = (jsonName: string) => dartString(jsonName).slice(1, -1);
