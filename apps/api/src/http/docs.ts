import { openApiDocument } from '@acme/contract';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const OPENAPI_PATH = '/openapi.json';
export const DOCS_PATH = '/docs';

/**
 * Stands in for @fastify/swagger, which swagger-ui declares as a dependency: instead of a
 * document scanned from registered routes, it hands out the contract's own document, so /docs,
 * /openapi.json and the committed openapi.json are one and the same.
 */
const contractDocument = fp(
  async (app: FastifyInstance, options: { document: object }) => {
    app.decorate('swagger', () => options.document);
  },
  { name: '@fastify/swagger', fastify: '5.x' },
);

/** /openapi.json and the docs UI at /docs; swagger-ui's assets are served from node_modules. */
export async function docsRoutes(app: FastifyInstance): Promise<void> {
  const document = openApiDocument();
  const body = JSON.stringify(document);
  app.get(OPENAPI_PATH, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(body),
  );
  await app.register(contractDocument, { document });
  await app.register(fastifySwaggerUi, {
    routePrefix: DOCS_PATH,
    // The document's own server entry (/api/v1) makes "Try it out" call the live API.
    uiConfig: { deepLinking: true, tryItOutEnabled: true },
  });
}
