import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { compileOnFirstCall } from './compile-on-first-call.js';

type Serialize = (data: unknown) => string;
type Compile = (schema: Record<string, unknown>) => Serialize;

/**
 * Fastify's own response serializer (fast-json-stringify, as its default compiler calls it),
 * compiled on a route's first response instead of at start. Compiling every route's response
 * schemas was ~70 ms of a production start's CPU, before the first request, for routes most
 * starts never answer; each one now pays its compile (a few ms) once, on first use. The
 * schemas carry their components inline (response-schema.ts), so no shared schemas are
 * needed. `compile` is for tests: it counts compiles.
 */
export function lazySerializerCompiler(
  compile: Compile = (schema) => fastJsonStringify(schema),
): FastifySerializerCompiler<Record<string, unknown>> {
  return ({ schema }) => compileOnFirstCall(() => compile(schema));
}
