import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CodegenError } from '../../../src/errors.js';
import { generateDartModels } from '../../../src/targets/dart/models.js';
import { componentsOf } from './fixtures.js';

/** Generating these models fails with a CodegenError naming `model` and `field`. */
async function rejection(models: Record<string, z.ZodType>): Promise<CodegenError> {
  try {
    await generateDartModels(componentsOf(models));
  } catch (error) {
    if (error instanceof CodegenError) return error;
    throw error;
  }
  throw new Error('expected a CodegenError, but generation succeeded');
}

const Link = z.object({ kind: z.literal('link'), url: z.string() });
const File = z.object({ kind: z.literal('file'), name: z.string() });

describe('Dart target rejects what Dart cannot express faithfully', () => {
  it('rejects a tuple, naming model and field', async () => {
    const error = await rejection({ Point: z.object({ xy: z.tuple([z.number(), z.number()]) }) });
    expect(error.model).toBe('Point');
    expect(error.field).toBe('xy');
    expect(error.message).toMatch(/tuple/);
  });

  it('rejects an intersection Zod cannot merge into one object (allOf)', async () => {
    // Zod merges intersections of plain objects itself; with a record it emits allOf.
    const Both = z.object({
      both: z.intersection(z.object({ a: z.string() }), z.record(z.string(), z.string())),
    });
    const error = await rejection({ Both });
    expect([error.model, error.field]).toEqual(['Both', 'both']);
    expect(error.message).toMatch(/intersection/);
  });

  it('rejects a registered union of objects without a discriminator, with advice', async () => {
    const error = await rejection({ Link, File, Attachment: z.union([Link, File]) });
    expect(error.model).toBe('Attachment');
    expect(error.message).toMatch(/without a discriminator.*z\.discriminatedUnion/);
  });

  it('rejects an inline union of objects without a discriminator', async () => {
    const error = await rejection({
      Holder: z.object({ either: z.union([Link, File]) }),
      Link,
      File,
    });
    expect([error.model, error.field]).toEqual(['Holder', 'either']);
    expect(error.message).toMatch(/union of objects without a discriminator/);
  });

  it('rejects an inline discriminated union, asking to register it', async () => {
    const inline = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('a') }),
      z.object({ kind: z.literal('b') }),
    ]);
    const error = await rejection({ Holder: z.object({ choice: inline }) });
    expect([error.model, error.field]).toEqual(['Holder', 'choice']);
    expect(error.message).toMatch(/meta\(\{ id/);
  });

  it('rejects a union of unrelated scalars', async () => {
    const error = await rejection({ Cell: z.object({ value: z.union([z.string(), z.number()]) }) });
    expect([error.model, error.field]).toEqual(['Cell', 'value']);
    expect(error.message).toMatch(/has no Dart type/);
  });

  it('rejects z.unknown / z.any', async () => {
    const error = await rejection({ Bag: z.object({ anything: z.unknown() }) });
    expect([error.model, error.field]).toEqual(['Bag', 'anything']);
    expect(error.message).toMatch(/any type/);
  });

  it('rejects an enum of numbers', async () => {
    const error = await rejection({ Dice: z.object({ face: z.literal([1, 2, 3]) }) });
    expect([error.model, error.field]).toEqual(['Dice', 'face']);
    expect(error.message).toMatch(/non-string/);
  });

  it('rejects an object with fixed fields and a catch-all', async () => {
    const Open = z.object({ id: z.string() }).catchall(z.number());
    const error = await rejection({ Open });
    expect(error.model).toBe('Open');
    expect(error.message).toMatch(/catch-all/);
  });

  it('rejects an optional literal', async () => {
    const error = await rejection({ Flag: z.object({ version: z.literal('v1').optional() }) });
    expect([error.model, error.field]).toEqual(['Flag', 'version']);
    expect(error.message).toMatch(/optional literal/);
  });

  it('rejects a literal inside an array', async () => {
    const error = await rejection({ Tags: z.object({ tags: z.array(z.literal('x')) }) });
    expect([error.model, error.field]).toEqual(['Tags', 'tags']);
  });

  it('rejects a field that is always null', async () => {
    const error = await rejection({ Nothing: z.object({ none: z.null() }) });
    expect([error.model, error.field]).toEqual(['Nothing', 'none']);
    expect(error.message).toMatch(/always null/);
  });

  it('names the nested field of an inline object', async () => {
    const Outer = z.object({ inner: z.object({ pair: z.tuple([z.string()]) }) });
    const error = await rejection({ Outer });
    expect([error.model, error.field]).toEqual(['Outer', 'inner.pair']);
  });

  it('rejects an inline type whose name another inline type already takes', async () => {
    const error = await rejection({
      A: z.object({ bC: z.enum(['x', 'y']), b: z.object({ c: z.enum(['y', 'z']) }) }),
    });
    expect(error.model).toBe('A');
    expect(error.message).toMatch(/register it as a model/);
  });

  it('rejects a loose object, whose unknown keys Dart could not keep', async () => {
    const error = await rejection({ Loose: z.looseObject({ id: z.string() }) });
    expect(error.model).toBe('Loose');
    expect(error.message).toMatch(/z\.looseObject/);
  });

  it('rejects a discriminated union nested as the variant of another', async () => {
    const A = z.object({ kind: z.literal('a'), t: z.literal('x') });
    const B = z.object({ kind: z.literal('b'), t: z.literal('x') });
    const Inner = z.discriminatedUnion('kind', [A, B]);
    const C = z.object({ kind: z.literal('c'), t: z.literal('y') });
    const error = await rejection({ A, B, C, Inner, Outer: z.discriminatedUnion('t', [Inner, C]) });
    expect(error.model).toBe('Outer');
  });

  it('rejects a model whose Dart name the generated code needs', async () => {
    const error = await rejection({ Present: z.object({ value: z.string() }) });
    expect(error.model).toBe('Present');
    expect(error.message).toMatch(/Dart name Present is taken/);
  });
});
