import type { OpenApiDocument } from '@acme/contract';
import { CodegenError } from '../../errors.js';

/** One alternative of an OpenAPI `security` list: scheme name -> scopes. */
export type SecurityRequirement = Record<string, readonly string[]>;

/**
 * Whether an operation needs the session token, from its OpenAPI `security` (the document's
 * when it declares none, as OpenAPI says): `[]` is public, `[{ <bearer scheme>: [] }]`
 * signed-in. Anything a generated client could not honour (another kind of scheme, an unknown
 * one, a token that is optional) is a codegen error naming the operation, rather than a call
 * sent without the credentials it needs. Both clients ask this one function, so the TypeScript
 * and Dart clients send the token on exactly the same operations.
 */
export function signedInOf(
  document: OpenApiDocument,
  operationId: string,
  operation: { security?: SecurityRequirement[] },
  client: 'Dart' | 'TypeScript',
): boolean {
  const fail = (why: string) =>
    new CodegenError(`security cannot be expressed in ${client}: ${why}`, {
      model: `operation ${operationId}`,
    });
  const { security: documentSecurity } = document as { security?: SecurityRequirement[] };
  const requirements = operation.security ?? documentSecurity ?? [];
  const schemes: Record<string, { type?: string; scheme?: string }> =
    document.components.securitySchemes ?? {};
  for (const name of requirements.flatMap((requirement) => Object.keys(requirement))) {
    const scheme = schemes[name];
    if (!scheme) throw fail(`it names ${name}, which is not in components.securitySchemes`);
    if (scheme.type !== 'http' || scheme.scheme?.toLowerCase() !== 'bearer') {
      throw fail(
        `${name} is ${scheme.type} ${scheme.scheme ?? ''}`.trim() +
          '; the client sends only HTTP bearer tokens',
      );
    }
  }
  const anonymous = requirements.filter((requirement) => Object.keys(requirement).length === 0);
  if (requirements.length > 0 && anonymous.length > 0) {
    throw fail('it allows calls with and without a token; declare it public or signed-in');
  }
  return requirements.length > 0;
}
