import { buildContractSchemas, type JsonSchema, routes } from '@acme/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analyzeContract } from '../../../../src/targets/dart/model/analyze.js';
import { unionGroups } from '../../../../src/targets/dart/model/build-ir.js';
import { modelChunks } from '../../../../src/targets/dart/model/chunks.js';
import { DartModelMemo, generateDartModels } from '../../../../src/targets/dart/models.js';
import { componentsOf, generateInOnePass } from '../fixtures.js';

// The Dart models read by quicktype in chunks (a watch edit reads one chunk again) must be the
// bytes of one pass over the whole contract.
let example: Record<string, JsonSchema>;
let onePass: Map<string, string>;
beforeAll(async () => {
  example = buildContractSchemas(routes).components;
  onePass = await generateInOnePass(example);
});

/** The example contract with one more optional field in one model. */
function withField(components: Record<string, JsonSchema>, model: string, field: string) {
  const edited = structuredClone(components);
  const schema = edited[model] as JsonSchema;
  schema.properties = { ...schema.properties, [field]: { type: 'string', maxLength: 10 } };
  return edited;
}

describe('modelChunks', () => {
  it('puts every model with a file in exactly one chunk, a union group in one, aliases in none', () => {
    const analyzed = analyzeContract(example);
    const groupOf = unionGroups(analyzed);
    for (const size of [1, 3, 16]) {
      const chunks = modelChunks(analyzed, size);
      const owned = chunks.flatMap((chunk) => chunk.own);
      expect(new Set(owned).size).toBe(owned.length);
      expect(owned.sort()).toEqual(
        Object.keys(example)
          .filter((name) => !analyzed.aliases.has(name))
          .sort(),
      );
      for (const name of analyzed.unions.keys()) {
        const home = chunks.filter((chunk) =>
          chunk.own.some((own) => groupOf(own) === groupOf(name)),
        );
        expect(home).toHaveLength(1);
      }
      if (size === 1) expect(chunks.length).toBeGreaterThan(4);
    }
  });

  it('gives stand-ins for what a chunk refers to: enums whole, classes and unions empty', () => {
    const components = componentsOf({
      Color: z.enum(['red', 'blue']),
      Point: z.object({ x: z.number() }),
      Shape: z.object({ color: z.enum(['red', 'blue']), at: z.object({ x: z.number() }) }),
    });
    // Refer to the registered models rather than inline copies.
    (components.Shape as JsonSchema).properties = {
      color: { $ref: '#/components/schemas/Color' },
      at: { $ref: '#/components/schemas/Point' },
    };
    const chunk = modelChunks(analyzeContract(components), 1).find((candidate) =>
      candidate.own.includes('Shape'),
    );
    expect(chunk?.own).toEqual(['Shape']);
    expect(chunk?.components.Color).toEqual(components.Color);
    expect(chunk?.components.Point).toEqual({
      type: 'object',
      properties: {},
      additionalProperties: false,
    });
  });

  it('keeps every other chunk when a model is added', () => {
    const analyzed = analyzeContract(example);
    const before = modelChunks(analyzed, 4);
    const added = { ...example, Zebra: { type: 'object', properties: { a: { type: 'string' } } } };
    const after = modelChunks(analyzeContract(added as Record<string, JsonSchema>), 4);
    const owners = (chunks: typeof before) =>
      chunks.map((chunk) => chunk.own.filter((name) => name !== 'Zebra').join(','));
    expect(owners(after).filter((own) => own !== '')).toEqual(owners(before));
  });
});

describe('generateDartModels in chunks', () => {
  it('gives the bytes of one pass for the example contract, at every chunk size', async () => {
    for (const modelsPerChunk of [1, 2, 5]) {
      const chunked = await generateDartModels(example, { modelsPerChunk });
      expect([...chunked]).toEqual([...onePass]);
    }
  });

  it('reads again only the chunk an edit touched, and gives what a fresh run gives', async () => {
    const memo = new DartModelMemo();
    await generateDartModels(example, { memo, modelsPerChunk: 2 });
    expect(memo.lastRun.read).toBe(memo.lastRun.chunks);
    expect(memo.lastRun.chunks).toBeGreaterThan(4);

    await generateDartModels(example, { memo, modelsPerChunk: 2 });
    expect(memo.lastRun.read).toBe(0);

    const edited = withField(example, 'Project', 'benchEdit');
    const again = await generateDartModels(edited, { memo, modelsPerChunk: 2 });
    expect(memo.lastRun.read).toBe(1);
    expect([...again]).toEqual([...(await generateInOnePass(edited))]);
    expect(again.get('lib/src/models/project.dart')).toContain('final String? benchEdit;');
  });

  it('reads again the chunks that refer to a model whose kind changed', async () => {
    const memo = new DartModelMemo();
    const components = componentsOf({
      Level: z.enum(['low', 'high']),
      Alarm: z.object({ level: z.string() }),
    });
    (components.Alarm as JsonSchema).properties = { level: { $ref: '#/components/schemas/Level' } };
    await generateDartModels(components, { memo, modelsPerChunk: 1 });
    const changed = structuredClone(components);
    changed.Level = {
      type: 'object',
      properties: { value: { type: 'string' } },
      required: ['value'],
    };
    const again = await generateDartModels(changed, { memo, modelsPerChunk: 1 });
    expect(memo.lastRun.read).toBe(2);
    expect([...again]).toEqual([...(await generateInOnePass(changed))]);
  });

  it('names a Dart name two models of different chunks share, as one pass does', async () => {
    const components = componentsOf({
      task_status: z.object({ a: z.string() }),
      TaskStatus: z.object({ b: z.string() }),
    });
    const message = /its Dart name TaskStatus is taken .*; rename one of the models/;
    await expect(generateInOnePass(components)).rejects.toThrow(message);
    await expect(generateDartModels(components, { modelsPerChunk: 1 })).rejects.toThrow(message);
  });
});
