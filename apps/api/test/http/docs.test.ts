import { openApiDocument, REST_PREFIX, routes } from '@acme/contract';
import { compileErrors, validate } from '@readme/openapi-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-server.js';

let test: TestApp;
beforeAll(async () => {
  test = await createTestApp({ SEED: 'never' });
});
afterAll(() => test?.close());

describe('GET /openapi.json', () => {
  it('is exactly the contract document, a valid OpenAPI 3.1 document', async () => {
    const response = await test.app.inject({ url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const served = response.json();
    expect(served).toEqual(openApiDocument());
    expect(served.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(served));
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
  });

  it('lists every route of the table and nothing else (no tRPC path)', async () => {
    const served = (await test.app.inject({ url: '/openapi.json' })).json();
    const operations = Object.entries(
      served.paths as Record<string, Record<string, { operationId: string }>>,
    )
      .flatMap(([path, item]) =>
        Object.entries(item).map(
          ([method, op]) => `${op.operationId} ${method.toUpperCase()} ${path}`,
        ),
      )
      .sort();
    const expected = Object.entries(routes)
      .map(([name, route]) => `${name} ${route.method} ${route.path}`)
      .sort();
    expect(operations).toEqual(expected);
    expect(JSON.stringify(served.paths)).not.toContain('trpc');
    expect(served.servers).toEqual([{ url: REST_PREFIX }]);
  });
});

describe('GET /docs', () => {
  it('renders the Swagger UI page with assets served by this server, no CDN', async () => {
    const page = await test.app.inject({ url: '/docs/' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('swagger-ui');
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map(
      (match) => match[1] as string,
    );
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).not.toMatch(/^(https?:)?\/\//);
    const bundle = await test.app.inject({ url: '/docs/static/swagger-ui-bundle.js' });
    expect(bundle.statusCode).toBe(200);
    expect(bundle.body.length).toBeGreaterThan(100_000);
  });

  it('feeds the UI the contract document', async () => {
    const fed = await test.app.inject({ url: '/docs/json' });
    expect(fed.statusCode).toBe(200);
    expect(fed.json()).toEqual(openApiDocument());
    const initializer = await test.app.inject({ url: '/docs/static/swagger-initializer.js' });
    expect(initializer.statusCode).toBe(200);
    expect(initializer.body).toContain('json');
  });
});
