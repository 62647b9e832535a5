import { z } from 'zod';

/** Identifiers are UUIDs on the wire; the database generates them. */
export const Id = z.uuid();

/** Instants travel as ISO-8601 strings in UTC (`Z`), never as numbers or local times. */
export const Timestamp = z.iso.datetime();

/** Bounded free text: resource limits are part of the contract. */
export const boundedText = (max: number) => z.string().max(max);

/**
 * A secret (a password, a session token): marked `format: 'password'`, OpenAPI's hint to
 * obscure a value. Docs UIs mask it, the Dart models print `<redacted>` for it in toString, and
 * the breaking check treats the mark as a note, not a constraint.
 */
export const secret = <T extends z.ZodString>(schema: T): T => schema.meta({ format: 'password' });
