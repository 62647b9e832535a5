import type { ErrorLocation } from '@acme/contract';
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';
import { issuesToDetails, validationFailed } from '../errors.js';
import { assertDecimalNumbers, coercedNumberFields } from '../http/query-numbers.js';
import type { CompiledBodyCheck } from './compiled-body.js';

const locations: Record<string, ErrorLocation> = {
  params: 'params',
  querystring: 'query',
  body: 'body',
};

/**
 * Validates params, query and body with the contract's Zod schemas, so defaults and coercions
 * apply exactly as the contract says; failures name each field in the shared error shape.
 *
 * A body with a compiled check (compiled-body.ts) is first run through it: one it accepts is
 * already what Zod would return (defaults filled in, unknown keys dropped); any other goes to
 * Zod, which decides and words the errors.
 */
export const zodValidatorCompiler =
  (bodyChecks: Map<z.ZodType, CompiledBodyCheck>): FastifySchemaCompiler<z.ZodType> =>
  ({ schema, httpPart }) => {
    const location = locations[httpPart ?? ''];
    if (location === undefined) {
      throw new Error(`The contract declares no ${String(httpPart)} schemas; cannot validate it`);
    }
    const zod = (data: unknown) => {
      const result = schema.safeParse(data);
      if (result.success) return { value: result.data };
      const details = issuesToDetails(result.error.issues, (path) => ({ location, path }));
      return { error: validationFailed(details) };
    };
    if (location === 'query') {
      const numbers = coercedNumberFields(schema as z.ZodObject);
      if (numbers.length > 0) {
        return (data: unknown) => {
          try {
            assertDecimalNumbers(data, numbers);
          } catch (error) {
            return { error: error as Error };
          }
          return zod(data);
        };
      }
    }
    const check = location === 'body' ? bodyChecks.get(schema) : undefined;
    if (check === undefined) return zod;
    return (data: unknown) => (check(data) ? { value: data } : zod(data));
  };
