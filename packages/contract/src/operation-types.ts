import type { z } from 'zod';
import type { OperationName, RouteDefinition, Routes } from './routes.js';

type OutputOf<S> = S extends z.ZodType ? z.output<S> : undefined;

/** What a handler receives for an operation once params, query and body are validated. */
export type OperationInput<N extends OperationName> = {
  params: OutputOf<Routes[N]['params' & keyof Routes[N]]>;
  query: OutputOf<Routes[N]['query' & keyof Routes[N]]>;
  body: OutputOf<Routes[N]['body' & keyof Routes[N]]>;
};

/** What a handler returns for an operation (undefined for 204 No Content). */
export type OperationOutput<N extends OperationName> = Routes[N]['response'] extends z.ZodType
  ? z.output<Routes[N]['response']>
  : undefined;

/** Which parts of the request an operation takes. */
export const inputPartsOf = (route: RouteDefinition) =>
  (['params', 'query', 'body'] as const).filter((part) => route[part] !== undefined);
