import { describe, expect, it } from 'vitest';
import { CodegenError } from '../../../src/errors.js';
import { openApiTypes } from '../../../src/targets/typescript/openapi-types.js';

const document = (schemas: object) =>
  ({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    servers: [],
    tags: [],
    paths: {},
    components: { schemas },
  }) as never;

describe('openApiTypes (openapi-typescript in a worker thread)', () => {
  it('renders component types, answering concurrent requests each with its own result', async () => {
    const [a, b] = await Promise.all([
      openApiTypes(document({ A: { type: 'object', properties: { x: { type: 'string' } } } })),
      openApiTypes(document({ B: { type: ['string', 'null'] } })),
    ]);
    expect(a).toContain('A: {');
    expect(a).toContain('x?: string;');
    expect(a).not.toContain('B:');
    expect(b).toContain('B: string | null;');
  });

  it('turns a dangling $ref into a CodegenError naming it and where it is', async () => {
    const broken = document({
      A: { type: 'object', properties: { b: { $ref: '#/components/schemas/Missing' } } },
    });
    const error = await openApiTypes(broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as Error).message).toContain(
      'the OpenAPI document cannot be turned into TypeScript: $ref #/components/schemas/Missing ' +
        'at components.schemas.A.properties.b resolves to nothing',
    );
  });

  it('resolves escaped pointers and ignores $ref keys inside example values', async () => {
    const text = await openApiTypes(
      document({
        'a/b': { type: 'string', examples: [{ $ref: 'not a pointer' }] },
        C: { $ref: '#/components/schemas/a~1b' },
      }),
    );
    expect(text).toContain('C: components["schemas"]["a/b"];');
  });
});
