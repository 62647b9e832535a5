import { type OperationName, routes } from '@acme/contract';
import { dottedPath } from './errors.js';

/** A handler answered with something its contract does not allow: a server bug, never input. */
export class ResponseContractError extends Error {
  override name = 'ResponseContractError';
}

/**
 * Checks a handler's output against the operation's response model (the same check on both
 * transports), so drift between the database and the contract fails loudly instead of shipping.
 */
export function checkResponse(name: OperationName, output: unknown): void {
  const schema = routes[name].response;
  if (schema === null) return;
  const result = schema.safeParse(output);
  if (result.success) return;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${dottedPath(issue.path) || '(root)'}: ${issue.message}`);
  throw new ResponseContractError(
    `Response of ${name} breaks its contract: ${problems.join('; ')}`,
  );
}
