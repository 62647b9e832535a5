import type { ErrorLocation, RouteDefinition, Routes } from '@acme/contract';
import { z } from 'zod';

type ShapeOf<S> = S extends z.ZodObject<infer Shape> ? Shape : Record<never, never>;
type ParamsShape<R> = R extends { params: infer P } ? ShapeOf<P> : Record<never, never>;
type QueryShape<R> = R extends { query: infer Q } ? ShapeOf<Q> : Record<never, never>;
type BodyShape<R> = R extends { body: infer B extends z.ZodType }
  ? { body: B }
  : Record<never, never>;

/** The tRPC input of a route: params and query fields at top level, plus `body` if it has one. */
type InputObject<R> = z.input<z.ZodObject<ParamsShape<R> & QueryShape<R> & BodyShape<R>>>;
/** Callers may leave the input out when no field of it is required (`listTasks()`). */
export type TrpcInput<N extends keyof Routes> =
  Record<never, never> extends InputObject<Routes[N]>
    ? InputObject<Routes[N]> | undefined
    : InputObject<Routes[N]>;

/**
 * Builds the input schema of a route's procedure. Parameter and query names never collide
 * with each other or with `body` (checked here, so a contract change cannot silently shadow).
 */
export function trpcInputSchema(name: string, route: RouteDefinition): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  for (const part of [route.params, route.query]) {
    for (const [key, schema] of Object.entries(part?.shape ?? {})) {
      if (key in shape || key === 'body') {
        throw new Error(`Route ${name}: input field "${key}" appears twice in its tRPC input`);
      }
      shape[key] = schema as z.ZodType;
    }
  }
  if (route.body) shape.body = route.body;
  const object = z.object(shape);
  // prefault, not default: an absent input is parsed as {} so field defaults still apply.
  return object.safeParse({}).success ? object.prefault({}) : object;
}

/** Splits a validated tRPC input back into the params/query/body the operation expects. */
export function splitInput(route: RouteDefinition, input: Record<string, unknown>) {
  const pick = (part: z.ZodObject | undefined) =>
    part === undefined
      ? undefined
      : Object.fromEntries(
          Object.keys(part.shape)
            .map((key) => [key, input[key]])
            .filter(([, v]) => v !== undefined),
        );
  return { params: pick(route.params), query: pick(route.query), body: input.body };
}

/** Where a path inside the combined input lives in REST terms, for error details. */
export function locateInput(route: RouteDefinition) {
  return (path: PropertyKey[]): { location: ErrorLocation; path: PropertyKey[] } => {
    const [first, ...rest] = path;
    if (first === 'body' && route.body) return { location: 'body', path: rest };
    if (typeof first === 'string' && route.params?.shape[first])
      return { location: 'params', path };
    if (typeof first === 'string' && route.query?.shape[first]) return { location: 'query', path };
    return { location: route.body ? 'body' : 'query', path };
  };
}
