import type { ErrorLocation } from '@acme/contract';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { issuesToDetails, validationFailed } from '../errors.js';

const locations: Record<string, ErrorLocation> = {
  params: 'params',
  querystring: 'query',
  body: 'body',
};

/**
 * Validates params, query and body with the contract's Zod schemas, so defaults and coercions
 * apply exactly as the contract says; failures name each field in the shared error shape.
 */
export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> = ({ schema, httpPart }) => {
  const location = locations[httpPart ?? ''];
  if (location === undefined) {
    throw new Error(`The contract declares no ${String(httpPart)} schemas; cannot validate it`);
  }
  return (data: unknown) => {
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    const details = issuesToDetails(result.error.issues, (path) => ({ location, path }));
    return { error: validationFailed(details) };
  };
};
