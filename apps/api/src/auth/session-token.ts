import { hash, randomBytes } from 'node:crypto';

/** 256 random bits, base64url: 43 characters of `[A-Za-z0-9_-]`. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/**
 * What the database keeps of a token: its SHA-256, hex. A fast hash suffices: 256 random bits.
 * Every signed-in request pays it; the one-shot `hash` is ~3x cheaper than a `createHash` object.
 */
export const hashSessionToken = (token: string): string => hash('sha256', token, 'hex');

/** RFC 6750 b64token, bounded: anything else is malformed before any lookup. */
const BEARER = /^bearer +([A-Za-z0-9\-._~+/]{32,200}=*) *$/i;

export type BearerToken =
  | { kind: 'token'; token: string }
  | { kind: 'missing' }
  | { kind: 'malformed' };

/** Reads `Authorization: Bearer <token>` (scheme in any letter case, RFC 9110). */
export function readBearer(header: string | undefined): BearerToken {
  if (header === undefined || header === '') return { kind: 'missing' };
  const match = BEARER.exec(header);
  return match ? { kind: 'token', token: match[1] as string } : { kind: 'malformed' };
}
