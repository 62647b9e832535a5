import type { JsonSchema } from '@acme/contract';

/**
 * The format the contract's `secret()` puts on passwords and session tokens: OpenAPI's format
 * registry defines `password` as a hint to obscure the value, nothing more.
 */
export const SECRET_FORMAT = 'password';

/**
 * A string schema's format when it constrains values (uuid, email, ...); undefined for none and
 * for annotation-only ones (`password`), which no value is accepted or refused for.
 */
export function constrainingFormat(schema: JsonSchema): string | undefined {
  const format = schema.format;
  return typeof format !== 'string' || format === SECRET_FORMAT ? undefined : format;
}
