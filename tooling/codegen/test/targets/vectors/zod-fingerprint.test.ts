import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodFingerprint } from '../../../src/targets/vectors/zod-fingerprint.js';

/** The fingerprint of `schema` with `models` as the registered models (by id). */
const fingerprintOf = (schema: z.ZodType, models: Record<string, z.ZodType> = {}) => {
  const ids = new Map<object, string>(Object.entries(models).map(([id, model]) => [model, id]));
  return zodFingerprint(schema, (object) => ids.get(object));
};
const hashOf = (schema: z.ZodType) => fingerprintOf(schema)?.hash;

describe('zodFingerprint', () => {
  it('is the same for the same definition built twice', () => {
    const build = () =>
      z.object({
        id: z.uuid(),
        name: z.string().min(1).max(100),
        at: z.iso.datetime(),
        tags: z.array(z.string().max(40)).max(20).default([]),
        kind: z.enum(['a', 'b']).optional(),
        size: z.number().int().min(0).nullable(),
        labels: z.record(z.string().max(40), z.string().max(200)),
        notes: z.string().trim().toLowerCase(),
        ok: z.boolean().refine((value) => value !== false, 'must be true'),
      });
    expect(hashOf(build())).toBeDefined();
    expect(hashOf(build())).toBe(hashOf(build()));
  });

  it('changes with what Zod checks but JSON Schema may not show', () => {
    const base = hashOf(z.object({ name: z.string().refine((v) => v.length <= 50) }));
    const variants = [
      // The refinement's source text.
      z.object({ name: z.string().refine((v) => v.length <= 40) }),
      // A check's bound, a pattern's flags, a default value, the order of the keys.
      z.object({
        name: z
          .string()
          .refine((v) => v.length <= 50)
          .max(9),
      }),
      z.object({ name: z.string().regex(/a/i) }),
      z.object({ name: z.string().default('x') }),
      z.object({ name: z.string().refine((v) => v.length <= 50), other: z.string() }),
      // A transform's and an overwrite's functions.
      z.object({ name: z.string().transform((v) => v.length) }),
      z.object({ name: z.string().trim() }),
    ];
    const hashes = variants.map((variant) => hashOf(variant));
    expect(hashes.every((hash) => hash !== undefined && hash !== base)).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashOf(z.string().regex(/a/i))).not.toBe(hashOf(z.string().regex(/a/)));
    expect(hashOf(z.string().default('x'))).not.toBe(hashOf(z.string().default('y')));
  });

  it('names the registered models it refers to instead of walking them', () => {
    const Child = z.object({ text: z.string().max(10) });
    const Other = z.object({ text: z.string().max(99) });
    const parent = (child: z.ZodType) => z.object({ items: z.array(child).max(5) });
    const withChild = fingerprintOf(parent(Child), { Child });
    expect(withChild?.models).toEqual(['Child']);
    // Another model under the same id: the parent's own fingerprint is unchanged, so the
    // caller must add the referenced model's (memo-keys.ts does).
    expect(fingerprintOf(parent(Other), { Child: Other })?.hash).toBe(withChild?.hash);
    // Unregistered, it is part of the fingerprint itself.
    expect(hashOf(parent(Child))).not.toBe(hashOf(parent(Other)));
  });

  it('follows recursive and lazy schemas', () => {
    const Node: z.ZodType = z.object({
      name: z.string().max(10),
      get children() {
        return z.array(Node).max(5);
      },
    });
    // Itself: written once, then referred to by position.
    expect(fingerprintOf(Node, { Node })?.models).toEqual([]);
    expect(fingerprintOf(Node, { Node })?.hash).toBeDefined();
    const Tree: z.ZodType = z.lazy(() => z.object({ kids: z.array(Tree) }));
    expect(hashOf(Tree)).toBeDefined();
    expect(hashOf(z.lazy(() => z.string().max(3)))).not.toBe(
      hashOf(z.lazy(() => z.string().max(4))),
    );
  });

  it('refuses what it cannot capture', () => {
    const limit = 50;
    const unreliable = [
      // Reads a variable around it: the text stays the same when the variable changes.
      z.string().refine((v) => v.length <= limit),
      // Its function sits outside the definition.
      z.string().superRefine((v, context) => {
        if (v === '') context.addIssue({ code: 'custom', message: 'empty' });
      }),
      z.string().check((context) => {
        if (context.value === '') context.issues.push({ code: 'custom', input: '', message: '' });
      }),
      // The fallback value hides in a closure.
      z.string().catch('fallback'),
      z.instanceof(Date),
      z.string().normalize('NFC'),
    ];
    for (const schema of unreliable) expect(fingerprintOf(schema)).toBeUndefined();
  });
});
