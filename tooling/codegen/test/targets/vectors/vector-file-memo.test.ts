import type { JsonSchema } from '@acme/contract';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { LoadedContract } from '../../../src/pipeline/types.js';
import { keepWarm } from '../../../src/pipeline/warm.js';
import { sessionMemo, vectorsTarget } from '../../../src/targets/vectors/index.js';
import { vectorFileKeys } from '../../../src/targets/vectors/memo-keys.js';
import { VectorFileMemo } from '../../../src/targets/vectors/vector-file-memo.js';
import { exampleContext } from '../dart/client/contract-fixture.js';

describe('VectorFileMemo', () => {
  it('reuses a file only under the same key, and forgets components no longer present', () => {
    const memo = new VectorFileMemo();
    let renders = 0;
    const render = (text: string) => () => {
      renders++;
      return text;
    };
    expect(memo.file('A', 'k1', render('a1'))).toBe('a1');
    expect(memo.file('A', 'k1', render('other'))).toBe('a1');
    expect(memo.file('A', 'k2', render('a2'))).toBe('a2');
    // No key (a model that cannot be fingerprinted): always rendered, never kept.
    expect(memo.file('B', undefined, render('b1'))).toBe('b1');
    expect(memo.file('B', undefined, render('b2'))).toBe('b2');
    expect(renders).toBe(4);
    expect(memo.size).toBe(1);
    memo.file('C', 'k', render('c'));
    memo.keepOnly(new Set(['C']));
    expect(memo.size).toBe(1);
    expect(memo.file('A', 'k2', render('a3'))).toBe('a3');
  });
});

/** Just what vectorFileKeys reads of a contract: components, model ids, Zod schemas. */
function contractOf(
  components: Record<string, JsonSchema>,
  models: Record<string, z.ZodType>,
): LoadedContract {
  return {
    document: { components: { schemas: components } },
    schemas: {
      models: Object.fromEntries(Object.keys(models).map((id) => [id, { output: id }])),
    },
    zodModels: new Map(Object.entries(models)),
  } as unknown as LoadedContract;
}

describe('vectorFileKeys', () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const jsonOf = (max: number): JsonSchema => ({
    type: 'object',
    properties: { text: { type: 'string', maxLength: max } },
    required: ['text'],
  });
  const parentJson: JsonSchema = {
    type: 'object',
    properties: { child: ref('Child') },
    required: ['child'],
  };
  const keysOf = (childJson: JsonSchema, child: z.ZodType, other = z.string().max(3)) => {
    const parent = z.object({ child });
    return vectorFileKeys(
      contractOf(
        { Parent: parentJson, Child: childJson, Other: { type: 'string', maxLength: 3 } },
        { Parent: parent, Child: child, Other: other },
      ),
      ['Parent', 'Child', 'Other'],
    );
  };
  const child = (check: (text: string) => boolean) =>
    z.object({ text: z.string().max(10).refine(check) });

  it('changes for a component when a model it reaches changes, in JSON Schema or in Zod only', () => {
    const before = keysOf(
      jsonOf(10),
      child((text) => text !== 'x'),
    );
    expect([...before.values()].every((key) => key !== undefined)).toBe(true);
    // The referenced model's JSON Schema.
    const json = keysOf(
      jsonOf(11),
      child((text) => text !== 'x'),
    );
    // The referenced model's refinement only: its JSON Schema is the same.
    const zod = keysOf(
      jsonOf(10),
      child((text) => text !== 'y'),
    );
    for (const after of [json, zod]) {
      expect(after.get('Parent')).not.toBe(before.get('Parent'));
      expect(after.get('Child')).not.toBe(before.get('Child'));
      expect(after.get('Other')).toBe(before.get('Other'));
    }
    // An unrelated model changed: the others keep their keys.
    const other = keysOf(
      jsonOf(10),
      child((text) => text !== 'x'),
      z.string().max(4),
    );
    expect(other.get('Parent')).toBe(before.get('Parent'));
    expect(other.get('Other')).not.toBe(before.get('Other'));
  });

  it('gives no key to a component that reaches a model it cannot fingerprint', () => {
    const limit = 3;
    const keys = keysOf(
      jsonOf(10),
      child((text) => text.length < limit),
    );
    expect(keys.get('Parent')).toBeUndefined();
    expect(keys.get('Child')).toBeUndefined();
    expect(keys.get('Other')).toBeDefined();
  });
});

describe('the vectors target in a watch session', () => {
  afterAll(() => keepWarm(false));

  it('reuses every file of an unchanged contract, with the bytes of a one-shot run', async () => {
    const context = { ...(await exampleContext()), parseDart: false };
    const oneShot = await vectorsTarget.generate(context);
    keepWarm(true);
    const first = await vectorsTarget.generate(context);
    const reusedBefore = sessionMemo.counts.reused;
    const second = await vectorsTarget.generate(context);
    const components = Object.keys(context.contract.document.components.schemas).length;
    expect(sessionMemo.counts.reused - reusedBefore).toBe(components);
    expect(second).toEqual(oneShot);
    expect(first).toEqual(oneShot);
  });
});
