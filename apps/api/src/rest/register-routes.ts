import {
  type OperationName,
  operationNames,
  REST_PREFIX,
  type RouteDefinition,
  routes,
} from '@acme/contract';
import type { FastifyInstance, onRequestHookHandler } from 'fastify';
import type { Authenticate } from '../auth/authenticate.js';
import type { Caller } from '../auth/caller.js';
import { deprecationHeaders } from '../http/deprecation.js';
import { useJsonBodyParser } from '../http/json-body.js';
import type { AnyOperationHandler, OperationContext, Operations } from '../operations.js';
import { checkResponse } from '../response-check.js';
import { compileBodyChecks } from './compiled-body.js';
import { lazySerializerCompiler } from './lazy-serializer.js';
import { responseSchemaFactory } from './response-schema.js';
import { zodValidatorCompiler } from './zod-validator.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set on signed-in routes, before validation, by their authentication hook. */
    caller: Caller | undefined;
  }
}

export interface RestOptions {
  operations: Operations;
  context: OperationContext;
  authenticate: Authenticate;
  validateResponses: boolean;
  /** The contract's route table, or a variant of it (tests of per-route behaviour). */
  routeTable?: typeof routes;
}

/** `/tasks/{taskId}` (OpenAPI) as `/tasks/:taskId` (Fastify). */
export const toFastifyPath = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

/**
 * The hook of signed-in routes: the caller from `Authorization`, or 401 before the body is
 * parsed or validated. A cached session continues in the same tick (a callback hook, no
 * promise), a lookup when the database answers.
 */
function authenticationHook(authenticate: Authenticate): onRequestHookHandler {
  return (request, _reply, done) => {
    let result: Caller | Promise<Caller>;
    try {
      result = authenticate(request.headers.authorization);
    } catch (error) {
      done(error as Error);
      return;
    }
    if (result instanceof Promise) {
      result.then((caller) => {
        request.caller = caller;
        done();
      }, done);
      return;
    }
    request.caller = result;
    done();
  };
}

/**
 * Registers one Fastify route per contract operation under REST_PREFIX. Meant to be registered
 * as an encapsulated plugin: the Zod validator compiler it sets stays inside this scope.
 */
export async function restRoutes(app: FastifyInstance, options: RestOptions): Promise<void> {
  const table = options.routeTable ?? routes;
  app.setValidatorCompiler(zodValidatorCompiler(compileBodyChecks(table)));
  app.setSerializerCompiler(lazySerializerCompiler());
  // Every body of the contract is JSON: other media types fail as 400 with the type named,
  // instead of reaching validation as a plain string.
  app.removeContentTypeParser('text/plain');
  useJsonBodyParser(app);
  const responseSchemaOf = responseSchemaFactory(table);
  app.decorateRequest('caller', undefined);
  const authenticated = authenticationHook(options.authenticate);
  for (const name of operationNames) {
    const route: RouteDefinition = table[name];
    const handler = options.operations[name] as AnyOperationHandler;
    const deprecated = route.deprecated && deprecationHeaders(name, route.deprecated);
    // Only deprecated routes pay for that hook, only signed-in ones for authentication.
    const onRequest: onRequestHookHandler[] = [];
    if (deprecated) {
      onRequest.push((_request, reply, done) => {
        reply.headers(deprecated);
        done();
      });
    }
    if (route.access === 'signed-in') onRequest.push(authenticated);
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
          { clientAddress: request.ip, caller: request.caller },
        );
        if (options.validateResponses) checkResponse(name as OperationName, output);
        reply.code(route.successStatus);
        return route.response ? output : reply.send();
      },
    });
  }
}
