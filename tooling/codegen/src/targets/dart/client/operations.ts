/**
 * The operations of the API client, read from the OpenAPI document (the same one the server
 * serves), in route-table order. Everything a Dart method needs is derived here; rendering
 * only formats it.
 */
// Types only: importing the contract at runtime would register its models a second time when
// generating from a copy of the repository.
import type { JsonSchema, RouteDefinition } from '@acme/contract';
import { CodegenError } from '../../../errors.js';
import type { LoadedContract } from '../../../pipeline/types.js';
import { type SecurityRequirement, signedInOf } from '../../openapi/operation-access.js';
import { dartTypeName } from '../naming.js';
import { dartIdentifier } from './layout.js';

/** How one path or query parameter looks in Dart and how it becomes text on the wire. */
export interface DartParameter {
  /** The name on the wire. */
  name: string;
  /** The Dart parameter name. */
  dartName: string;
  /** The Dart type, without `?`. */
  type: string;
  required: boolean;
  /** The component an enum parameter's type comes from (for imports). */
  component?: string;
  /** Dart expression turning the (non-null) parameter into its wire text. */
  encode: string;
  /** The expression to interpolate into a string (`$name` needs no toString()). */
  interpolate: string;
  /** The parameter's schema (nullability removed), e.g. for sample values in tests. */
  schema: JsonSchema;
}

/** One segment of a path: literal text, or a template of literal text and parameters. */
export type PathSegment = { literal: string } | { parts: (string | DartParameter)[] };

export interface DartOperation {
  name: string;
  method: string;
  path: string;
  summary: string;
  /** The deprecation note of a deprecated route (OpenAPI `deprecated` + description). */
  deprecation?: string;
  /** Error codes this operation declares besides the common ones. */
  errors: readonly string[];
  segments: PathSegment[];
  pathParameters: DartParameter[];
  queryParameters: DartParameter[];
  /** Component of the request body (its input shape), if any. */
  body?: string;
  /** Component of the success response, or undefined for 204 No Content. */
  response?: string;
  successStatus: number;
  /**
   * Whether the operation needs a signed-in user: its OpenAPI `security` (or the document's)
   * requires the bearer scheme. The client then sends the token as `Authorization: Bearer`.
   */
  signedIn: boolean;
}

/** Names the generated class uses itself; an operation may not take them. */
const CLIENT_MEMBERS = new Set([
  'appVersion',
  'baseUri',
  'contractVersion',
  'close',
  'hashCode',
  'noSuchMethod',
  'runtimeType',
  'toString',
]);
export const BODY_PARAMETER = 'body';

type OpenApiParameter = { name: string; in: string; required?: boolean; schema: JsonSchema };

type OpenApiOperation = {
  deprecated?: boolean;
  security?: SecurityRequirement[];
  description?: string;
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
};

const COMPONENTS_PREFIX = '#/components/schemas/';

/** The component a schema refers to (`$ref`), if it is a reference. */
export const componentOf = (schema: JsonSchema | undefined): string | undefined =>
  schema?.$ref?.startsWith(COMPONENTS_PREFIX)
    ? schema.$ref.slice(COMPONENTS_PREFIX.length)
    : undefined;

function parameterOf(
  operation: string,
  parameter: OpenApiParameter,
  components: Record<string, JsonSchema>,
): DartParameter {
  const fail = (why: string) =>
    new CodegenError(`${parameter.in} parameter cannot be expressed in Dart: ${why}`, {
      model: `operation ${operation}`,
      field: parameter.name,
    });
  const dartName = dartIdentifier(parameter.name);
  if (dartName === undefined) throw fail('its name is not a usable Dart identifier');
  const required = parameter.in === 'path' || parameter.required === true;
  // A nullable parameter is just an optional one in a URL: take the non-null member.
  let schema = parameter.schema;
  const members = schema.anyOf?.filter((member) => member.type !== 'null');
  if (members?.length === 1 && members[0]) schema = members[0];
  const base = { name: parameter.name, dartName, required, schema };
  const component = componentOf(schema);
  if (component !== undefined) {
    const target = components[component];
    if (!target?.enum?.every((value) => typeof value === 'string')) {
      throw fail(`it refers to ${component}, which is not a string enum`);
    }
    const type = dartTypeName(component);
    const encode = `${dartName}.toJson()`;
    return { ...base, type, component, encode, interpolate: encode };
  }
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date-time') {
        const encode = `${dartName}.toUtc().toIso8601String()`;
        return { ...base, type: 'DateTime', encode, interpolate: encode };
      }
      return { ...base, type: 'String', encode: dartName, interpolate: dartName };
    case 'integer':
      return { ...base, type: 'int', encode: `'$${dartName}'`, interpolate: dartName };
    case 'number':
      return { ...base, type: 'double', encode: `'$${dartName}'`, interpolate: dartName };
    case 'boolean':
      return { ...base, type: 'bool', encode: `'$${dartName}'`, interpolate: dartName };
    default:
      throw fail(`type ${JSON.stringify(schema.type ?? schema)} is not a scalar or string enum`);
  }
}

function segmentsOf(operation: string, path: string, parameters: DartParameter[]): PathSegment[] {
  const byName = new Map(parameters.map((parameter) => [parameter.name, parameter]));
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      if (!segment.includes('{')) return { literal: segment };
      const parts: (string | DartParameter)[] = [];
      for (const piece of segment.split(/(\{[^}]*\})/).filter((text) => text !== '')) {
        const name = /^\{(.*)\}$/.exec(piece)?.[1];
        if (name === undefined) {
          parts.push(piece);
          continue;
        }
        const parameter = byName.get(name);
        if (!parameter) {
          throw new CodegenError(`path ${path} names {${name}}, which is not a path parameter`, {
            model: `operation ${operation}`,
          });
        }
        parts.push(parameter);
      }
      return { parts };
    });
}

function operationOf(
  name: string,
  route: RouteDefinition,
  contract: LoadedContract,
): DartOperation {
  const where = { model: `operation ${name}` };
  const operation = contract.document.paths[route.path]?.[route.method.toLowerCase()] as
    | OpenApiOperation
    | undefined;
  if (!operation || operation.operationId !== name) {
    throw new CodegenError(
      `not found in the OpenAPI document at ${route.method} ${route.path}`,
      where,
    );
  }
  const methodName = dartIdentifier(name);
  if (methodName !== name || CLIENT_MEMBERS.has(name)) {
    throw new CodegenError(
      'the operation name must be a lowerCamel Dart identifier that ApiClient does not use itself',
      where,
    );
  }
  const signedIn = signedInOf(contract.document, name, operation, 'Dart');
  const components = contract.document.components.schemas;
  const parameters = (operation.parameters ?? []).map((parameter) =>
    parameterOf(name, parameter, components),
  );
  const pathParameters = parameters.filter(
    (_, index) => operation.parameters?.[index]?.in === 'path',
  );
  const queryParameters = parameters.filter(
    (_, index) => operation.parameters?.[index]?.in === 'query',
  );
  const body = operation.requestBody
    ? componentOf(operation.requestBody.content?.['application/json']?.schema)
    : undefined;
  if (operation.requestBody && body === undefined) {
    throw new CodegenError('the request body must be a named model ($ref)', where);
  }
  const names = [
    ...parameters.map((parameter) => parameter.dartName),
    ...(body ? [BODY_PARAMETER] : []),
  ];
  const duplicate = names.find((parameterName, index) => names.indexOf(parameterName) !== index);
  if (duplicate !== undefined) {
    throw new CodegenError(`two parameters would both be named ${duplicate} in Dart`, where);
  }
  const success = operation.responses?.[String(route.successStatus)];
  const response =
    route.successStatus === 204
      ? undefined
      : componentOf(success?.content?.['application/json']?.schema);
  if (route.successStatus !== 204 && response === undefined) {
    throw new CodegenError(
      `the ${route.successStatus} response must be a named model ($ref)`,
      where,
    );
  }
  return {
    name,
    method: route.method,
    path: route.path,
    summary: route.summary,
    ...(operation.deprecated === true
      ? { deprecation: operation.description ?? 'Deprecated in the contract.' }
      : {}),
    errors: route.errors,
    segments: segmentsOf(name, route.path, pathParameters),
    pathParameters,
    queryParameters,
    ...(body ? { body } : {}),
    ...(response ? { response } : {}),
    successStatus: route.successStatus,
    signedIn,
  };
}

/** Every operation of the contract, in route-table order. */
export const dartOperations = (contract: LoadedContract): DartOperation[] =>
  Object.entries(contract.routes).map(([name, route]) => operationOf(name, route, contract));
