import { createConfig, lintFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { BEARER_SCHEME, openApiDocument, routes } from '../../src/index.js';

// An external lint, as a new user would run one on openapi.json: Redocly's `recommended`
// rules report no error (they found 11 before every operation declared its security).
describe('the OpenAPI document under Redocly recommended', () => {
  it('has no errors', async () => {
    const problems = await lintFromString({
      source: JSON.stringify(openApiDocument()),
      absoluteRef: 'openapi.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`);
    expect(errors).toEqual([]);
  });

  it('declares who may call each operation: [] for public, the bearer scheme for signed-in', () => {
    const document = openApiDocument();
    expect(document.components.securitySchemes?.[BEARER_SCHEME]).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
    for (const route of Object.values(routes)) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()] as {
        security: unknown;
      };
      expect(operation.security).toEqual(
        route.access === 'public' ? [] : [{ [BEARER_SCHEME]: [] }],
      );
    }
  });
});
