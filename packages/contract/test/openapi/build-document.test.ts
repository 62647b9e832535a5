import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  buildContractSchemas,
  buildOpenApiDocument,
  ContractSchemaError,
  openApiDocument,
  routes,
} from '../../src/index.js';

describe('buildOpenApiDocument', () => {
  const document = openApiDocument();

  it('lists every operation of the route table once', () => {
    const operationIds = Object.values(document.paths).flatMap((item) =>
      Object.values(item).map((operation) => (operation as { operationId: string }).operationId),
    );
    expect(operationIds.sort()).toEqual(Object.keys(routes).sort());
  });

  it('is a pure function of the contract', () => {
    expect(JSON.stringify(openApiDocument())).toBe(JSON.stringify(document));
  });

  it('names input shapes apart from output shapes where defaults make them differ', () => {
    const { components, models } = buildContractSchemas(routes);
    expect(models.ChecklistItem).toEqual({ output: 'ChecklistItem', input: 'ChecklistItemInput' });
    expect(components.ChecklistItem?.required).toEqual(['text', 'done', 'children']);
    expect(components.ChecklistItemInput?.required).toEqual(['text']);
    // A model whose shapes agree keeps one name for both.
    expect(models.LinkAttachment).toEqual({ output: 'LinkAttachment', input: 'LinkAttachment' });
    // A union whose variants differ follows them.
    expect(models.Attachment?.input).toBe('AttachmentInput');
  });

  it('adds a discriminator with a mapping to discriminated unions', () => {
    expect(document.components.schemas.Attachment?.discriminator).toEqual({
      propertyName: 'kind',
      mapping: {
        link: '#/components/schemas/LinkAttachment',
        file: '#/components/schemas/FileAttachment',
        image: '#/components/schemas/ImageAttachment',
      },
    });
  });

  it('does not forbid unknown response fields, so servers can add fields', () => {
    expect(document.components.schemas.Task).not.toHaveProperty('additionalProperties');
  });

  it('rejects a route whose response is not a registered model, naming the route', () => {
    const bad = { ...routes, broken: { ...routes.health, response: z.object({ a: z.string() }) } };
    expect(() => buildOpenApiDocument(bad, { title: 't', version: '1' })).toThrow(
      ContractSchemaError,
    );
    expect(() => buildOpenApiDocument(bad, { title: 't', version: '1' })).toThrow(/"broken"/);
  });
});
