import {
  type OperationName,
  operationNames,
  REST_PREFIX,
  type RouteDefinition,
  routes,
} from '@acme/contract';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import { deprecationHeaders } from '../http/deprecation.js';
import { useJsonBodyParser } from '../http/json-body.js';
import type { OperationContext, Operations } from '../operations.js';
import { checkResponse } from '../response-check.js';
import { compileBodyChecks } from './compiled-body.js';
import { responseSchemaFactory } from './response-schema.js';
import { zodValidatorCompiler } from './zod-validator.js';

export interface RestOptions {
  operations: Operations;
  context: OperationContext;
  validateResponses: boolean;
  /** The contract's route table, or a variant of it (tests of per-route behaviour). */
  routeTable?: typeof routes;
}

/** `/tasks/{taskId}` (OpenAPI) as `/tasks/:taskId` (Fastify). */
export const toFastifyPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

/**
 * Registers one Fastify route per contract operation under REST_PREFIX. Meant to be registered
 * as an encapsulated plugin: the Zod validator compiler it sets stays inside this scope.
 */
export async function restRoutes(app: FastifyInstance, options: RestOptions): Promise<void> {
  const table = options.routeTable ?? routes;
  app.setValidatorCompiler(zodValidatorCompiler(compileBodyChecks(table)));
  // Every body of the contract is JSON: other media types fail as 400 with the type named,
  // instead of reaching validation as a plain string.
  app.removeContentTypeParser('text/plain');
  useJsonBodyParser(app);
  const responseSchemaOf = responseSchemaFactory(table);
  for (const name of operationNames) {
    const route: RouteDefinition = table[name];
    const handler = options.operations[name] as (
      input: { params: unknown; query: unknown; body: unknown },
      context: OperationContext,
    ) => Promise<unknown>;
    const deprecated = route.deprecated && deprecationHeaders(name, route.deprecated);
    // Only deprecated routes pay for a hook.
    const onRequest: onRequestHookHandler[] = deprecated
      ? [
          (_request, reply, done) => {
            reply.headers(deprecated);
            done();
          },
        ]
      : [];
    app.route({
      method: route.method,
      url: `${REST_PREFIX}${toFastifyPath(route.path)}`,
      onRequest,
      schema: {
        operationId: name,
        ...(route.params && { params: route.params }),
        ...(route.query && { querystring: route.query }),
        ...(route.body && { body: route.body }),
        ...(route.response && {
          response: { [route.successStatus]: responseSchemaOf(route.response) },
        }),
      },
      handler: async (request, reply) => {
        const output = await handler(
          { params: request.params, query: request.query, body: request.body },
          options.context,
        );
        if (options.validateResponses) checkResponse(name as OperationName, output);
        reply.code(route.successStatus);
        return route.response ? output : reply.send();
      },
    });
  }
}
