import type { JsonSchema } from '@acme/contract';
import { CodegenError } from '../../../errors.js';
import { dartTypeName } from '../naming.js';

/**
 * Reads the contract's component schemas before quicktype sees them: rejects every construct
 * the Dart target cannot express faithfully (quicktype would silently flatten or drop it), and
 * rewrites the few it would misread into forms it handles, remembering what it rewrote.
 */

const PREFIX = '#/components/schemas/';
/** Where the components live in the one shared document quicktype reads. */
export const DEFINITIONS = '#/definitions/';

export interface UnionInfo {
  discriminator: string;
  /** Tag -> variant component, in the contract's order. */
  variants: [string, string][];
}

/** A named type of the Dart output: a component, or an object/enum inline in one. */
export interface NamedSchema {
  /** The component whose file holds it. */
  owner: string;
  /** Component name, or `<Owner><Field>` for inline ones (quicktype names them by title). */
  title: string;
  schema: JsonSchema;
  /** Model and field, for error messages. */
  where: { model: string; field?: string };
}

export interface AnalyzedContract {
  /** The single JSON document quicktype reads: `{ definitions: { <component>: schema } }`. */
  document: { definitions: Record<string, JsonSchema> };
  unions: Map<string, UnionInfo>;
  /** Every object and enum schema that becomes a Dart declaration, by title. */
  named: Map<string, NamedSchema>;
  /** Components that are neither objects, enums nor unions: referenced inline, no file. */
  aliases: Set<string>;
  /** The component schemas as the contract gave them. */
  components: Record<string, JsonSchema>;
}

const UNSUPPORTED_KEYWORDS: Record<string, string> = {
  prefixItems: 'tuples (z.tuple) have no faithful Dart type; use an object with named fields',
  allOf:
    'intersections (z.intersection / .and) cannot be generated; merge the objects with .extend()',
  not: '"not" schemas cannot be generated',
  if: 'conditional schemas cannot be generated',
  patternProperties:
    'records with patterned keys cannot be generated; use z.record(z.string(), ...)',
  dependentSchemas: 'dependent schemas cannot be generated',
  contains: '"contains" cannot be generated',
};

const isNullSchema = (schema: JsonSchema) => schema.type === 'null';

export function analyzeContract(components: Record<string, JsonSchema>): AnalyzedContract {
  const unions = new Map<string, UnionInfo>();
  const named = new Map<string, NamedSchema>();
  const aliases = new Set<string>();
  const definitions: Record<string, JsonSchema> = {};
  const namedInline = new Map<string, NamedSchema>();

  for (const [component, schema] of Object.entries(components)) {
    const where = { model: component };
    const union = schema.oneOf ?? schema.anyOf;
    if (union && !union.some(isNullSchema)) {
      unions.set(component, unionInfo(component, schema, components));
      // quicktype merges the object members of a union into one class; the union is emitted
      // by hand, so quicktype gets a placeholder class that no other component can equal.
      definitions[component] = {
        type: 'object',
        title: component,
        properties: { [`__union_${component}`]: { type: 'string' } },
        required: [],
      };
      continue;
    }
    const kind = schemaKind(schema);
    if (kind === 'object' || kind === 'enum') {
      named.set(component, { owner: component, title: component, schema, where });
    } else {
      aliases.add(component);
    }
    definitions[component] = prepare(schema, {
      owner: component,
      // Inline types are named after the model's Dart name (`TypeModelLevel`, not `TypeLevel`).
      title: dartTypeName(component),
      where,
      named,
      inline: namedInline,
      topLevel: true,
    });
    if (kind === 'object' || kind === 'enum') {
      (definitions[component] as JsonSchema).title = component;
    }
  }
  const componentNames = new Set(Object.keys(components).map(dartTypeName));
  for (const named of namedInline.values()) {
    if (componentNames.has(dartTypeName(named.title))) {
      throw new CodegenError(
        `the inline type of this field would be named ${named.title}, like a model of the ` +
          'contract; register it as a model with .meta({ id }) or rename the model',
        named.where,
      );
    }
  }
  return { document: { definitions }, unions, named, aliases, components };
}

function schemaKind(schema: JsonSchema): 'object' | 'enum' | 'other' {
  if (schema.type === 'object' && schema.additionalProperties === undefined) return 'object';
  if (schema.type === 'object' && schema.properties !== undefined) return 'object';
  if (schema.type === 'object' && schema.additionalProperties === false) return 'object';
  if (Array.isArray(schema.enum)) return 'enum';
  return 'other';
}

function unionInfo(
  component: string,
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
): UnionInfo {
  const propertyName = schema.discriminator?.propertyName;
  const mapping = schema.discriminator?.mapping;
  if (propertyName === undefined || mapping === undefined) {
    const members = (schema.oneOf ?? schema.anyOf ?? []).map(describe).join(' | ');
    throw new CodegenError(
      `a union without a discriminator (${members}) cannot be decoded safely in Dart: use ` +
        `z.discriminatedUnion('<tag>', [...]) with a z.literal tag in every object variant`,
      { model: component },
    );
  }
  const variants: [string, string][] = [];
  for (const [tag, ref] of Object.entries(mapping)) {
    const variant = ref.startsWith(PREFIX) ? ref.slice(PREFIX.length) : ref;
    const variantSchema = components[variant];
    if (variantSchema === undefined || schemaKind(variantSchema) !== 'object') {
      throw new CodegenError(`variant "${tag}" must be a registered object model`, {
        model: component,
        field: propertyName,
      });
    }
    variants.push([tag, variant]);
  }
  // Every member must be reachable by a tag, or decoding would silently drop it.
  const mapped = new Set(variants.map(([, variant]) => variant));
  for (const member of schema.oneOf ?? schema.anyOf ?? []) {
    const name = member.$ref?.startsWith(PREFIX) ? member.$ref.slice(PREFIX.length) : undefined;
    if (name === undefined || !mapped.has(name)) {
      throw new CodegenError(
        `variant ${describe(member)} has no literal "${propertyName}" tag: every variant must be ` +
          'a registered object model with a z.literal tag (unions of unions cannot be generated)',
        { model: component, field: propertyName },
      );
    }
  }
  return { discriminator: propertyName, variants };
}

interface PrepareContext {
  owner: string;
  title: string;
  where: { model: string; field?: string };
  named: Map<string, NamedSchema>;
  /** The inline subset of `named`, to check their names against the models'. */
  inline: Map<string, NamedSchema>;
  topLevel: boolean;
}

/**
 * The keywords quicktype needs: the shape of the types (the one format the Dart types depend
 * on, date-time, included) and their names. Every limit, other format, default or description
 * it is given becomes a type attribute it carries through each of its graph rewrites, for
 * nothing the generated code uses. Measured at 200 models: 30 % of quicktype's time once its
 * code is warm (watch mode), 7 % in a fresh process, where compiling quicktype itself dominates.
 */
const STRUCTURE_KEYWORDS = [
  '$ref',
  'type',
  'title',
  'enum',
  'properties',
  'required',
  'items',
  'additionalProperties',
  'anyOf',
  'oneOf',
] as const;

function structureOf(schema: JsonSchema): JsonSchema {
  const copy: Record<string, unknown> = {};
  for (const keyword of STRUCTURE_KEYWORDS) {
    if (schema[keyword] !== undefined) copy[keyword] = schema[keyword];
  }
  if (schema.format === 'date-time') copy.format = schema.format;
  return copy as JsonSchema;
}

/** A copy of `schema` for quicktype; throws CodegenError on what Dart cannot express. */
function prepare(schema: JsonSchema, ctx: PrepareContext): JsonSchema {
  const fail = (message: string): never => {
    throw new CodegenError(message, ctx.where);
  };
  for (const [keyword, message] of Object.entries(UNSUPPORTED_KEYWORDS)) {
    if (schema[keyword] !== undefined) fail(message);
  }
  if (Array.isArray(schema.items)) fail(UNSUPPORTED_KEYWORDS.prefixItems as string);
  const copy = structureOf(schema);
  if (typeof schema.$ref === 'string') {
    copy.$ref = schema.$ref.replace(PREFIX, DEFINITIONS);
    return copy;
  }

  const union = schema.anyOf ?? schema.oneOf;
  if (union !== undefined) {
    const nonNull = union.filter((member) => !isNullSchema(member));
    if (nonNull.length === 1 && union.length === 2) {
      const key = schema.anyOf ? 'anyOf' : 'oneOf';
      copy[key] = union.map((member) => (isNullSchema(member) ? member : prepare(member, ctx)));
      return copy;
    }
    if (schema.discriminator !== undefined) {
      fail(
        'a discriminated union must be a registered model to become a sealed class: add ' +
          ".meta({ id: '...' }) to the z.discriminatedUnion",
      );
    }
    const members = union.map(describe).join(' | ');
    fail(
      nonNull.some((member) => member.type === 'object' || member.$ref !== undefined)
        ? `a union of objects without a discriminator (${members}) cannot be decoded safely in ` +
            `Dart: use z.discriminatedUnion('<tag>', [...]) registered with .meta({ id })`
        : `a union of ${members} has no Dart type: use one type, or an object per case in a ` +
            'z.discriminatedUnion',
    );
  }

  if (Array.isArray(schema.type)) {
    const types = schema.type.filter((type) => type !== 'null');
    if (types.length !== 1)
      fail(`a value of several types (${schema.type.join(', ')}) has no Dart type`);
  }
  if ('const' in schema) {
    fail('a literal is only supported as an object field (z.literal as a property)');
  }
  if (Array.isArray(schema.enum)) {
    if (!schema.enum.every((value) => typeof value === 'string')) {
      fail(
        `an enum of non-string values (${JSON.stringify(schema.enum)}) cannot be a Dart enum; ` +
          'use z.enum of strings',
      );
    }
    return named(copy, schema, ctx);
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return copy;
    case 'null':
      return fail('a field that is always null has no Dart type');
    case 'array':
      if (schema.items === undefined) fail('an array without an item schema has no Dart type');
      copy.items = prepare(schema.items as JsonSchema, {
        ...ctx,
        title: `${ctx.title}Item`,
        topLevel: false,
      });
      return copy;
    case 'object':
      return prepareObject(schema, copy, ctx, fail);
    default:
      return fail(
        'a value of any type (z.unknown / z.any / z.json) has no Dart type; give it a schema',
      );
  }
}

function prepareObject(
  schema: JsonSchema,
  copy: JsonSchema,
  ctx: PrepareContext,
  fail: (message: string) => never,
): JsonSchema {
  const extra = schema.additionalProperties;
  const properties = schema.properties ?? {};
  if (typeof extra === 'object' && Object.keys(properties).length > 0) {
    fail(
      'an object with both fixed fields and a catch-all (.catchall / z.looseObject) cannot be ' +
        'generated: Dart classes keep declared fields only; use z.object, which strips unknown keys',
    );
  }
  if (typeof extra === 'object') {
    // A record: Map<String, T>; keys are strings on the wire whatever propertyNames says.
    delete copy.propertyNames;
    delete copy.required;
    copy.additionalProperties = prepare(extra, {
      ...ctx,
      title: `${ctx.title}Value`,
      topLevel: false,
    });
    return copy;
  }
  const required = new Set(schema.required ?? []);
  const prepared: Record<string, JsonSchema> = {};
  for (const [key, property] of Object.entries(properties)) {
    const where = {
      model: ctx.where.model,
      field: ctx.where.field ? `${ctx.where.field}.${key}` : key,
    };
    if ('const' in property) {
      const literal = property.const;
      if (!['string', 'number', 'boolean'].includes(typeof literal)) {
        throw new CodegenError(`a literal ${JSON.stringify(literal)} has no Dart type`, where);
      }
      if (!required.has(key)) {
        throw new CodegenError(
          'an optional literal cannot be generated: make it required, or use z.enum',
          where,
        );
      }
      // quicktype would make a one-member enum; the literal becomes a constant getter.
      prepared[key] = { type: typeof literal === 'string' ? 'string' : 'number' };
      continue;
    }
    prepared[key] = prepare(property, {
      ...ctx,
      title: `${ctx.title}${pascalCase(key)}`,
      where,
      topLevel: false,
    });
  }
  copy.properties = prepared;
  return ctx.topLevel ? copy : named(copy, schema, ctx);
}

/** Registers an inline object or enum under its title, the name quicktype will give it. */
function named(copy: JsonSchema, original: JsonSchema, ctx: PrepareContext): JsonSchema {
  if (ctx.topLevel) return copy;
  const existing = ctx.named.get(ctx.title);
  if (existing !== undefined) {
    throw new CodegenError(
      `the inline type of this field would be named ${ctx.title}, which ${existing.owner} ` +
        'already uses; register it as a model with .meta({ id })',
      ctx.where,
    );
  }
  ctx.named.set(ctx.title, {
    owner: ctx.owner,
    title: ctx.title,
    schema: original,
    where: ctx.where,
  });
  return { ...copy, title: ctx.title };
}

export const pascalCase = (key: string) =>
  key
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join('');

function describe(schema: JsonSchema): string {
  if (schema.$ref) return schema.$ref.replace(PREFIX, '');
  if (Array.isArray(schema.enum))
    return schema.enum.map((value) => JSON.stringify(value)).join(' | ');
  if ('const' in schema) return JSON.stringify(schema.const);
  return Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'unknown');
}
