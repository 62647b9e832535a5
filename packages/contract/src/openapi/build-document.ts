import { type ErrorCode, httpStatusOf } from '../models/error.js';
import { errorsOf, type RouteDefinition, type RouteDeprecation, routeTags } from '../routes.js';

/** The security scheme of `signed-in` routes: `Authorization: Bearer <session token>`. */
export const BEARER_SCHEME = 'bearerAuth';

import {
  buildContractSchemas,
  type ContractSchemas,
  modelIdOf,
  parameterSchema,
} from './contract-schemas.js';
import { type JsonSchema, refTo } from './json-schema.js';

export const REST_PREFIX = '/api/v1';

export interface OpenApiInfo {
  title: string;
  version: string;
  description?: string;
}

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: OpenApiInfo;
  servers: { url: string }[];
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes?: Record<string, { type: 'http'; scheme: 'bearer'; description: string }>;
  };
};

/** Every status an operation can answer with: a missing one fails the type check. */
const statusText: Record<200 | 201 | 204 | (typeof httpStatusOf)[ErrorCode], string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  408: 'Request Timeout',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  426: 'Upgrade Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The sentence every client shows for a deprecated route. */
export function deprecationNote(deprecation: RouteDeprecation): string {
  const sunset = deprecation.sunset ? `; it may stop answering after ${deprecation.sunset}` : '';
  return `Deprecated since ${deprecation.since}${sunset}. Use ${deprecation.use} instead.`;
}

function parametersOf(route: RouteDefinition) {
  const parameters: unknown[] = [];
  for (const location of ['params', 'query'] as const) {
    const schema = route[location];
    if (!schema) continue;
    const json = parameterSchema(schema);
    const required = new Set(json.required ?? []);
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      parameters.push({
        name,
        in: location === 'params' ? 'path' : 'query',
        required: location === 'params' || required.has(name),
        schema: property,
      });
    }
  }
  return parameters;
}

function responsesOf(route: RouteDefinition, outputName: (id: string) => string) {
  const json = (schema: JsonSchema) => ({ content: { 'application/json': { schema } } });
  const success = route.response
    ? json(refTo(outputName(modelIdOf(route.response) as string)))
    : {};
  const responses: Record<string, unknown> = {
    [route.successStatus]: { description: statusText[route.successStatus], ...success },
  };
  const statuses = [...new Set(errorsOf(route).map((code) => httpStatusOf[code]))].sort();
  for (const status of statuses) {
    responses[status] = { description: statusText[status], ...json(refTo('ApiError')) };
  }
  return responses;
}

/**
 * The OpenAPI 3.1 document of a route table: a pure function of the contract, so the document
 * the server serves and the one codegen writes to openapi.json cannot differ. `schemas` is
 * buildContractSchemas(routes) when the caller already has it (codegen needs both): converting
 * the registry twice per shape was a third of loading a 200-model contract. The document then
 * shares `schemas.components`.
 */
export function buildOpenApiDocument(
  routes: Record<string, RouteDefinition>,
  info: OpenApiInfo,
  schemas: ContractSchemas = buildContractSchemas(routes),
): OpenApiDocument {
  const shape = (id: string, io: 'input' | 'output') => schemas.models[id]?.[io] ?? id;
  const paths: OpenApiDocument['paths'] = {};
  const tags = new Set<string>();
  for (const [operationId, route] of Object.entries(routes)) {
    tags.add(route.tag);
    const operation: Record<string, unknown> = {
      operationId,
      summary: route.summary,
      tags: [route.tag],
      // Declared on every operation, public ones included (`[]`: no credentials needed).
      security: route.access === 'signed-in' ? [{ [BEARER_SCHEME]: [] }] : [],
    };
    if (route.deprecated) {
      operation.deprecated = true;
      operation.description = deprecationNote(route.deprecated);
    }
    const parameters = parametersOf(route);
    if (parameters.length > 0) operation.parameters = parameters;
    if (route.body) {
      operation.requestBody = {
        required: true,
        content: {
          'application/json': { schema: refTo(shape(modelIdOf(route.body) as string, 'input')) },
        },
      };
    }
    operation.responses = responsesOf(route, (id) => shape(id, 'output'));
    const pathItem = paths[route.path] ?? {};
    pathItem[route.method.toLowerCase()] = operation;
    paths[route.path] = pathItem;
  }
  return {
    openapi: '3.1.0',
    info,
    servers: [{ url: REST_PREFIX }],
    tags: [...tags].map((name) => {
      const description = (routeTags as Record<string, string>)[name];
      return description === undefined ? { name } : { name, description };
    }),
    paths,
    components: {
      schemas: schemas.components,
      securitySchemes: {
        [BEARER_SCHEME]: {
          type: 'http',
          scheme: 'bearer',
          description: 'The opaque session token the log-in operation returns.',
        },
      },
    },
  };
}
