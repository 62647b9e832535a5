import { type ApiError, operationNames } from '@acme/contract';
import { AppError } from '../errors.js';

/**
 * tRPC joins a batch's procedure names into one path segment (`/trpc/a,b,c`). Fastify refuses
 * a path parameter over 100 characters by default, which failed 8 × createProject as a 400
 * long before the batch limit: the router must accept the longest batch the limit allows.
 */
export function maxBatchPathLength(maxBatchSize: number): number {
  const longest = Math.max(...operationNames.map((name) => name.length));
  return maxBatchSize * (longest + 1);
}

/** The one answer to a batch over TRPC_MAX_BATCH_SIZE, however it is detected. */
export function batchTooLarge(maxBatchSize: number): ApiError {
  const message = `A tRPC batch may call at most ${maxBatchSize} procedures (TRPC_MAX_BATCH_SIZE); split it`;
  return {
    code: 'VALIDATION_FAILED',
    message,
    details: [{ location: 'params', path: 'path', message }],
  };
}

/** Throws batchTooLarge when a batch path names more procedures than allowed. */
export function assertBatchSize(path: string, maxBatchSize: number): void {
  // The common case, one procedure, costs one includes().
  if (!path.includes(',') || path.split(',').length <= maxBatchSize) return;
  const { code, message, details } = batchTooLarge(maxBatchSize);
  throw new AppError(code, message, details);
}
