import fc from 'fast-check';
import { describe, it } from 'vitest';
import { z } from 'zod';
import { CodegenError } from '../../../src/errors.js';
import { generateChecked } from './fixtures.js';

/**
 * Random contracts built from every construct the Dart target supports, nested and combined:
 * each must generate, parse as Dart, and name only types in scope. Field names include Dart
 * keywords, members of the generated classes and names that are not identifiers.
 */

type Leaf = 'string' | 'int' | 'number' | 'boolean' | 'datetime' | 'enum' | 'inlineEnum';
type Shape =
  | { kind: 'leaf'; leaf: Leaf }
  | { kind: 'list' | 'record' | 'nullableItem'; of: Shape }
  | { kind: 'model'; index: number };
type Modifier = 'none' | 'optional' | 'nullable' | 'nullish' | 'default';

const FIELD_NAMES = [
  'id',
  'class',
  'in',
  'map',
  'path',
  'json',
  'toJson',
  'snake_name',
  'x-y',
  'value',
  'other',
  'hashCode',
  'when',
  'kind2',
];

const leaf = fc.constantFrom<Leaf>(
  'string',
  'int',
  'number',
  'boolean',
  'datetime',
  'enum',
  'inlineEnum',
);
const shape: fc.Arbitrary<Shape> = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf.map((value) => ({ kind: 'leaf', leaf: value }) as Shape),
    fc.nat(3).map((index) => ({ kind: 'model', index }) as Shape),
    fc
      .record({ kind: fc.constantFrom('list', 'record', 'nullableItem'), of: tie('shape') })
      .map((value) => value as Shape),
  ),
})).shape;

const field = fc.record({
  shape,
  modifier: fc.constantFrom<Modifier>('none', 'optional', 'nullable', 'nullish', 'default'),
});
const model = fc.dictionary(fc.constantFrom(...FIELD_NAMES), field, { minKeys: 1, maxKeys: 6 });
const contract = fc.record({
  models: fc.array(model, { minLength: 1, maxLength: 4 }),
  union: fc.boolean(),
});

const Shared = z.enum(['one', 'two_words', 'THREE']);

function zodOf(shape: Shape, models: z.ZodType[]): z.ZodType {
  switch (shape.kind) {
    case 'leaf':
      return {
        string: () => z.string(),
        int: () => z.number().int(),
        number: () => z.number(),
        boolean: () => z.boolean(),
        datetime: () => z.iso.datetime(),
        enum: () => Shared,
        inlineEnum: () => z.enum(['a', 'b_c']),
      }[shape.leaf]();
    case 'list':
      return z.array(zodOf(shape.of, models));
    case 'record':
      return z.record(z.string(), zodOf(shape.of, models));
    case 'nullableItem':
      return z.array(zodOf(shape.of, models).nullable());
    case 'model':
      // Only models defined earlier, so that the graph stays acyclic here.
      return models[shape.index % Math.max(models.length, 1)] ?? z.string();
  }
}

/** A valid default for a shape, or undefined where none is simple to write. */
function defaultOf(shape: Shape): unknown {
  if (shape.kind === 'model') return undefined;
  if (shape.kind !== 'leaf') return shape.kind === 'record' ? {} : [];
  const defaults: Record<Leaf, unknown> = {
    string: 'x',
    int: 1,
    number: 1.5,
    boolean: true,
    datetime: '2020-01-01T00:00:00Z',
    enum: 'two_words',
    inlineEnum: 'b_c',
  };
  return defaults[shape.leaf];
}

interface Spec {
  models: Record<string, { shape: Shape; modifier: Modifier }>[];
  union: boolean;
}

function build(spec: Spec): Record<string, z.ZodType> {
  const built: z.ZodObject[] = [];
  const registered: Record<string, z.ZodType> = { Shared };
  spec.models.forEach((fields, index) => {
    const shape: Record<string, z.ZodType> = {};
    for (const [name, { shape: fieldShape, modifier }] of Object.entries(fields)) {
      const base = zodOf(fieldShape, built);
      const fallback = defaultOf(fieldShape);
      shape[name] =
        modifier === 'optional'
          ? base.optional()
          : modifier === 'nullable'
            ? base.nullable()
            : modifier === 'nullish'
              ? base.nullish()
              : modifier === 'default' && fallback !== undefined
                ? (base as z.ZodString).default(fallback as never)
                : base;
    }
    const object = z.object(shape);
    built.push(object);
    registered[`Model${index}`] = object;
  });
  if (spec.union) {
    const First = (built[0] as z.ZodObject).extend({ kind: z.literal('first') });
    const Second = z.object({ kind: z.literal('second'), note: z.string().optional() });
    registered.FirstVariant = First;
    registered.SecondVariant = Second;
    registered.Choice = z.discriminatedUnion('kind', [First, Second]);
  }
  return registered;
}

describe('Dart target on random contracts', () => {
  it('generates Dart that parses and resolves for every supported combination', async () => {
    await fc.assert(
      fc.asyncProperty(contract, async (spec) => {
        try {
          await generateChecked(build(spec));
        } catch (error) {
          // Two inline types may legitimately claim the same `<Model><Field>` name.
          if (error instanceof CodegenError && /already uses/.test(error.message)) return;
          throw error;
        }
      }),
      { numRuns: 25, seed: 20261123 },
    );
  }, 120_000);
});
