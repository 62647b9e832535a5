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

  it('turns a rejected document into a CodegenError', async () => {
    const broken = document({ A: { $ref: '#/components/schemas/Missing' } });
    const error = await openApiTypes(broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as Error).message).toContain('openapi-typescript rejected the document');
  });
});
