import type { JsonSchema } from '@acme/contract';
import {
  type ClassType,
  type EnumType,
  matchType,
  nullableFromUnion,
  type Type,
} from 'quicktype-core';
import { CodegenError } from '../../../errors.js';
import { SECRET_FORMAT } from '../../../pipeline/string-formats.js';
import { dartModelFile, dartTypeName } from '../naming.js';
import { type AnalyzedContract, type NamedSchema, pascalCase } from './analyze.js';
import type {
  ClassIR,
  DartFileIR,
  DartType,
  DeclarationIR,
  EnumIR,
  FieldIR,
  UnionIR,
} from './ir.js';

/**
 * The component a `$ref` names (the contract's own `refName`). Not imported from
 * @acme/contract: this module runs on the background worker, where importing the contract
 * package would load Zod and every example model just for this one-liner.
 */
const COMPONENTS_PREFIX = '#/components/schemas/';
const refName = (ref: string): string | undefined =>
  ref.startsWith(COMPONENTS_PREFIX) ? ref.slice(COMPONENTS_PREFIX.length) : undefined;

/** What the renderer exposes of quicktype's graph and the names quicktype assigned. */
export interface GraphAccess {
  topLevel(component: string): Type | undefined;
  nameOf(type: Type): string;
  /** JSON name -> Dart name quicktype gave the property. */
  propertyNames(type: ClassType): Map<string, string>;
  /** Wire value -> Dart name quicktype gave the enum case. */
  caseNames(type: EnumType): Map<string, string>;
}

/**
 * Joins quicktype's graph (types, nullability, names) with the schema facts it drops
 * (defaults, literals, discriminators, property order) into the files to emit.
 */
export function buildFiles(analyzed: AnalyzedContract, graph: GraphAccess): DartFileIR[] {
  const byDartName = new Map<string, NamedSchema>();
  for (const named of analyzed.named.values()) byDartName.set(dartTypeName(named.title), named);
  const unionNames = new Map<string, string>();
  for (const component of analyzed.unions.keys())
    unionNames.set(dartTypeName(component), component);

  const declarations = new Map<string, DeclarationIR[]>();
  const declared = new Set<string>();
  const declare = (owner: string, declaration: DeclarationIR) => {
    declared.add(declaration.dartName);
    const list = declarations.get(owner) ?? [];
    list.push(declaration);
    declarations.set(owner, list);
  };
  const implementsOf = new Map<string, string[]>();
  for (const [component, union] of analyzed.unions) {
    for (const [, variant] of union.variants) {
      const list = implementsOf.get(variant) ?? [];
      list.push(dartTypeName(component));
      implementsOf.set(variant, list.sort());
    }
  }

  const pending: { type: Type; named: NamedSchema }[] = [];

  /**
   * The Dart type of a quicktype type, walking the schema it came from alongside: the schema
   * says which class or enum is which model or inline type (quicktype merges inline types of
   * identical shape into one, under a name of its choosing).
   */
  const convert = (
    type: Type,
    schema: JsonSchema,
    title: string,
    where: { model: string; field?: string },
  ): DartType => {
    const ref = typeof schema.$ref === 'string' ? refName(schema.$ref) : undefined;
    if (ref !== undefined && analyzed.aliases.has(ref)) {
      return convert(type, analyzed.components[ref] as JsonSchema, title, where);
    }
    const namedOf = (kind: 'model' | 'enum'): DartType => {
      if (ref !== undefined && analyzed.unions.has(ref)) {
        return { kind: 'model', name: dartTypeName(ref) };
      }
      const named = analyzed.named.get(ref ?? title);
      if (named === undefined) throw new CodegenError(`no model for ${ref ?? title}`, where);
      pending.push({ type, named });
      return { kind, name: dartTypeName(named.title) };
    };
    return matchType<DartType>(
      type,
      () => unrepresentable(where, 'a value of any type'),
      () => unrepresentable(where, 'a value that is always null'),
      () => ({ kind: 'bool' }),
      () => ({ kind: 'int' }),
      () => ({ kind: 'double' }),
      () => ({ kind: 'string' }),
      (array) => ({
        kind: 'list',
        items: convert(array.items, schema.items ?? {}, `${title}Item`, where),
      }),
      () => namedOf('model'),
      (map) => ({
        kind: 'map',
        values: convert(
          map.values,
          typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {},
          `${title}Value`,
          where,
        ),
      }),
      () => namedOf('enum'),
      (union) => {
        const inner = nullableFromUnion(union);
        if (inner === null) return unrepresentable(where, 'a union');
        return { kind: 'nullable', inner: convert(inner, nonNullMember(schema), title, where) };
      },
      (transformed) =>
        transformed.kind === 'date-time' ? { kind: 'dateTime' } : { kind: 'string' },
    );
  };

  const classIR = (type: ClassType, named: NamedSchema): ClassIR => {
    const schema = named.schema;
    const dartNames = graph.propertyNames(type);
    const properties = type.getProperties();
    const required = new Set(schema.required ?? []);
    const discriminators = new Set(
      [...analyzed.unions.values()]
        .filter((union) => union.variants.some(([, variant]) => variant === named.title))
        .map((union) => union.discriminator),
    );
    const fields: FieldIR[] = Object.entries(schema.properties ?? {}).map(([jsonName, prop]) => {
      const where = { model: named.where.model, field: qualify(named, jsonName) };
      const property = properties.get(jsonName);
      const dartName = dartNames.get(jsonName);
      if (property === undefined || dartName === undefined) {
        throw new CodegenError('quicktype dropped this field', where);
      }
      const field: FieldIR = {
        jsonName,
        dartName,
        type: nullableAsSchemaSays(
          convert(property.type, prop, `${titleOf(named)}${pascalCase(jsonName)}`, where),
          prop,
        ),
        presence: presenceOf(prop, required.has(jsonName)),
        ...(typeof prop.description === 'string' ? { description: prop.description } : {}),
        ...(prop.deprecated === true ? { deprecated: true as const } : {}),
        ...(isSecret(prop) ? { secret: true as const } : {}),
      };
      if ('const' in prop) {
        field.literal = prop.const as FieldIR['literal'];
        field.type = literalType(field.literal);
        if (discriminators.has(jsonName)) field.overrides = true;
      } else if (field.presence === 'defaulted') {
        field.defaultJson = prop.default;
      }
      return field;
    });
    return {
      kind: 'class',
      component: named.where.model,
      dartName: dartTypeName(named.title),
      ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
      fields,
      implements: implementsOf.get(named.title) ?? [],
    };
  };

  const enumIR = (type: EnumType, named: NamedSchema): EnumIR => {
    const caseNames = graph.caseNames(type);
    return {
      kind: 'enum',
      component: named.where.model,
      dartName: dartTypeName(named.title),
      ...(typeof named.schema.description === 'string'
        ? { description: named.schema.description }
        : {}),
      cases: (named.schema.enum as string[]).map((wire) => ({
        wire,
        dartName: caseNames.get(wire) as string,
      })),
    };
  };

  const drain = () => {
    while (pending.length > 0) {
      const { type, named } = pending.pop() as { type: Type; named: NamedSchema };
      if (declared.has(dartTypeName(named.title))) continue;
      declare(
        named.owner,
        type.kind === 'enum' ? enumIR(type as EnumType, named) : classIR(type as ClassType, named),
      );
    }
  };

  const components = [...analyzed.named.values()].filter((named) => named.owner === named.title);
  for (const named of components) {
    const type = graph.topLevel(named.title);
    if (type === undefined) throw new CodegenError('quicktype lost this model', named.where);
    const name = graph.nameOf(type);
    if (name !== dartTypeName(named.title)) {
      throw new CodegenError(
        `its Dart name ${dartTypeName(named.title)} is taken (quicktype renamed it ${name}); ` +
          'rename one of the models',
        named.where,
      );
    }
    pending.push({ type, named });
    drain();
  }
  for (const [component, union] of analyzed.unions) {
    declare(component, unionIR(component, union, analyzed, graph));
  }
  return layoutFiles(analyzed, declarations);
}

function unionIR(
  component: string,
  union: { discriminator: string; variants: [string, string][] },
  analyzed: AnalyzedContract,
  graph: GraphAccess,
): UnionIR {
  const first = union.variants[0];
  const firstType = first && graph.topLevel(first[1]);
  const dartName =
    firstType === undefined
      ? undefined
      : graph.propertyNames(firstType as ClassType).get(union.discriminator);
  if (dartName === undefined) {
    throw new CodegenError('a discriminated union needs at least one variant', {
      model: component,
    });
  }
  const name = dartTypeName(component);
  const unknownName = `Unknown${name}`;
  if (analyzed.named.has(unknownName) || analyzed.unions.has(unknownName)) {
    throw new CodegenError(
      `the variant for unknown tags would be named ${unknownName}, which is a model already`,
      { model: component },
    );
  }
  return {
    kind: 'union',
    component,
    dartName: name,
    discriminator: { jsonName: union.discriminator, dartName },
    variants: union.variants.map(([tag, variant]) => ({
      tag,
      className: dartTypeName(variant),
    })),
    unknownName,
  };
}

/**
 * The union group of a component: unions and their variants, joined where they share a variant
 * (like Attachment and AttachmentInput); one representative name per group, or undefined for a
 * component in no union.
 */
export function unionGroups(analyzed: AnalyzedContract): (component: string) => string | undefined {
  const parent = new Map<string, string>();
  const find = (name: string): string => {
    const up = parent.get(name) ?? name;
    if (up === name) return name;
    const root = find(up);
    parent.set(name, root);
    return root;
  };
  for (const [component, union] of analyzed.unions) {
    parent.set(component, find(component));
    for (const [, variant] of union.variants) {
      const [rootA, rootB] = [find(component), find(variant)];
      if (rootA !== rootB) parent.set(rootB, rootA);
    }
  }
  return (component) => (parent.has(component) ? find(component) : undefined);
}

/**
 * One file per component. A sealed class and its variants must share a library, so every
 * union, and each of its variants, is a part of the library of its group's first union
 * (unions sharing a variant, like Attachment and AttachmentInput, form one group).
 */
function layoutFiles(
  analyzed: AnalyzedContract,
  declarations: Map<string, DeclarationIR[]>,
): DartFileIR[] {
  const groupOf = unionGroups(analyzed);
  const libraryOf = (component: string) => {
    const root = groupOf(component);
    if (root === undefined) return component;
    // The library of a group is its first union (a variant file would read oddly as one).
    return [...analyzed.unions.keys()]
      .filter((union) => groupOf(union) === root)
      .sort()[0] as string;
  };

  const files = new Map<string, DartFileIR>();
  for (const component of [...declarations.keys()].sort()) {
    const path = dartModelFile(component);
    const library = libraryOf(component);
    const file: DartFileIR = {
      path,
      parts: [],
      declarations: declarations.get(component) ?? [],
    };
    if (library !== component) file.partOf = dartModelFile(library);
    files.set(path, file);
  }
  for (const file of files.values()) {
    if (file.partOf) files.get(file.partOf)?.parts.push(file.path);
  }
  return [...files.values()];
}

/**
 * quicktype makes the type of every optional property nullable; the schema says whether null
 * is allowed (`.nullable()` / `.nullish()`), which is what the Dart type must say too.
 */
function nullableAsSchemaSays(type: DartType, prop: JsonSchema): DartType {
  if (type.kind !== 'nullable' || allowsNull(prop)) return type;
  return type.inner;
}

function allowsNull(schema: JsonSchema): boolean {
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  return [...(schema.anyOf ?? []), ...(schema.oneOf ?? [])].some(
    (member) => member.type === 'null',
  );
}

function presenceOf(prop: JsonSchema, required: boolean): FieldIR['presence'] {
  if (!required) return 'optional';
  return 'default' in prop ? 'defaulted' : 'required';
}

function literalType(literal: FieldIR['literal']): DartType {
  if (typeof literal === 'string') return { kind: 'string' };
  if (typeof literal === 'boolean') return { kind: 'bool' };
  return Number.isInteger(literal) ? { kind: 'int' } : { kind: 'double' };
}

/** The prefix of inline type names inside a named schema (see analyze.ts). */
const titleOf = (named: NamedSchema) =>
  named.owner === named.title ? dartTypeName(named.title) : named.title;

/** `X` of a nullable `anyOf: [X, null]` (or the schema itself). */
function nonNullMember(schema: JsonSchema): JsonSchema {
  const members = schema.anyOf ?? schema.oneOf;
  return members?.find((member) => member.type !== 'null') ?? schema;
}

function qualify(named: NamedSchema, jsonName: string): string {
  return named.where.field ? `${named.where.field}.${jsonName}` : jsonName;
}

function unrepresentable(where: { model: string; field?: string }, what: string): never {
  throw new CodegenError(`${what} has no Dart type`, where);
}

/** The secret mark on the field or on the non-null member of its nullable union. */
const isSecret = (prop: JsonSchema): boolean =>
  prop.format === SECRET_FORMAT ||
  (prop.anyOf ?? []).some((member) => member.format === SECRET_FORMAT);
