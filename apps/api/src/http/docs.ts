import { openApiDocument } from '@acme/contract';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export const OPENAPI_PATH = '/openapi.json';
export const DOCS_PATH = '/docs';

/**
 * The contract's OpenAPI document, built on first use: building it (Zod -> JSON Schema for
 * every model) is start-up time that most runs of the server never need.
 */
let documentBody: string | undefined;
const documentJson = () => {
  documentBody ??= JSON.stringify(openApiDocument());
  return documentBody;
};

/**
 * Stands in for @fastify/swagger, which swagger-ui declares as a dependency: instead of a
 * document scanned from registered routes, it hands out the contract's own document, so /docs,
 * /openapi.json and the committed openapi.json are one and the same.
 */
const contractDocument = fp(
  async (app: FastifyInstance) => {
    app.decorate('swagger', () => JSON.parse(documentJson()));
  },
  { name: '@fastify/swagger', fastify: '5.x' },
);

/**
 * The Swagger UI app: @fastify/swagger-ui on its own Fastify instance. Made on the first
 * request to /docs, because loading swagger-ui, @fastify/static and yaml took ~0.2 s of every
 * start (bench/startup) for a page only a developer opens.
 */
async function makeDocsApp(): Promise<FastifyInstance> {
  const { default: fastifySwaggerUi } = await import('@fastify/swagger-ui');
  const docs = Fastify({ logger: false });
  await docs.register(contractDocument);
  await docs.register(fastifySwaggerUi, {
    routePrefix: DOCS_PATH,
    // The document's own server entry (/api/v1) makes "Try it out" call the live API.
    uiConfig: { deepLinking: true, tryItOutEnabled: true },
  });
  await docs.ready();
  return docs;
}

/** Headers of the inner answer that belong to its own connection, not to the outer reply. */
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'date',
  'content-length',
]);

/**
 * Answers a /docs request with the docs app's answer, through the server's own reply (so its
 * hooks, security headers and rate limit apply as to any route). A miss there is this
 * server's own 404.
 */
async function forward(docs: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const answer = await docs.inject({
    method: request.method as 'GET' | 'HEAD',
    url: request.url,
    headers: request.headers,
  });
  if (answer.statusCode === 404) return reply.callNotFound();
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined && !hopByHop.has(name)) reply.header(name, value);
  }
  return reply.code(answer.statusCode).send(answer.rawPayload);
}

/** /openapi.json and the docs UI at /docs; swagger-ui's assets are served from node_modules. */
export async function docsRoutes(app: FastifyInstance): Promise<void> {
  app.get(OPENAPI_PATH, async (_request, reply) =>
    reply.type('application/json; charset=utf-8').send(documentJson()),
  );
  let docsApp: Promise<FastifyInstance> | undefined;
  const serveDocs = async (request: FastifyRequest, reply: FastifyReply) => {
    docsApp ??= makeDocsApp().catch((error: unknown) => {
      docsApp = undefined; // the next request tries again
      throw error;
    });
    return forward(await docsApp, request, reply);
  };
  app.get(DOCS_PATH, serveDocs);
  app.get(`${DOCS_PATH}/*`, serveDocs);
  // The docs app lives as long as the server.
  app.addHook('onClose', async () => {
    const docs = await docsApp?.catch(() => undefined);
    await docs?.close();
  });
}
