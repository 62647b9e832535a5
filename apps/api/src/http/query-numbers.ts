import type { z } from 'zod';
import { validationFailed } from '../errors.js';

/** What a number in a query string may look like: decimal digits, a sign, a fraction. */
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

interface Def {
  type: string;
  coerce?: boolean;
  innerType?: { _zod: { def: Def } };
}

const isCoercedNumber = (schema: z.ZodType): boolean => {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  while (
    (def.type === 'default' || def.type === 'optional' || def.type === 'prefault') &&
    def.innerType
  ) {
    def = def.innerType._zod.def;
  }
  return def.type === 'number' && def.coerce === true;
};

/** The fields of a query schema that Zod coerces from text to a number. */
export const coercedNumberFields = (query: z.ZodObject | undefined): string[] =>
  Object.entries(query?.shape ?? {})
    .filter(([, schema]) => isCoercedNumber(schema as z.ZodType))
    .map(([key]) => key);

/**
 * Refuses a query number that is not written in decimal: z.coerce.number() is Number(text),
 * which takes "0x10", "1e2", " 5" and "" as numbers (16, 100, 5, 0).
 */
export function assertDecimalNumbers(input: unknown, fields: readonly string[]): void {
  if (fields.length === 0 || typeof input !== 'object' || input === null) return;
  const record = input as Record<string, unknown>;
  const bad = fields.filter(
    (field) => typeof record[field] === 'string' && !DECIMAL.test(record[field] as string),
  );
  if (bad.length === 0) return;
  throw validationFailed(
    bad.map((field) => ({
      location: 'query',
      path: field,
      message: 'Expected a number in decimal digits',
    })),
  );
}
