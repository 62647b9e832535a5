import type { ErrorLocation } from '@acme/contract';
import { dottedPath, validationFailed } from '../errors.js';

type Locate = (path: string[]) => { location: ErrorLocation; path: PropertyKey[] };

/**
 * Finds the keys Fastify's JSON parser refuses (`__proto__` anywhere, `constructor` holding a
 * `prototype`): merging such a value into another object can rewrite Object.prototype. Used
 * where input was parsed by plain JSON.parse (the tRPC adapter does so).
 */
export function findPrototypeKey(value: unknown, path: string[] = []): string[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findPrototypeKey(item, [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (key === '__proto__') return [...path, key];
    if (
      key === 'constructor' &&
      child !== null &&
      typeof child === 'object' &&
      'prototype' in child
    ) {
      return [...path, key, 'prototype'];
    }
    const found = findPrototypeKey(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Throws VALIDATION_FAILED naming the offending key's path. */
export function assertNoPrototypeKeys(
  value: unknown,
  locate: Locate = (path) => ({ location: 'body', path }),
): void {
  const found = findPrototypeKey(value);
  if (found === undefined) return;
  const where = locate(found);
  throw validationFailed([
    {
      location: where.location,
      path: dottedPath(where.path),
      message: 'Keys __proto__ and constructor.prototype are not allowed',
    },
  ]);
}
