import {
  type OperationName,
  type OperationOutput,
  operationNames,
  type RouteDefinition,
  routes,
} from '@acme/contract';
import {
  initTRPC,
  type TRPCBuiltRouter,
  type TRPCMutationProcedure,
  type TRPCQueryProcedure,
} from '@trpc/server';
import { AppError, knownError } from '../errors.js';
import { assertStorableInput } from '../http/input-guard.js';
import { assertNoPrototypeKeys } from '../http/proto-guard.js';
import { assertDecimalNumbers, coercedNumberFields } from '../http/query-numbers.js';
import type { OperationContext, Operations } from '../operations.js';
import { checkResponse } from '../response-check.js';
import { apiErrorOfTrpc, toTrpcError } from './errors.js';
import { locateInput, splitInput, type TrpcInput, trpcInputSchema } from './input.js';

export interface TrpcRouterOptions {
  operations: Operations;
  context: OperationContext;
  production: boolean;
  validateResponses: boolean;
}

type ProcedureOf<N extends OperationName> = {
  input: TrpcInput<N>;
  output: OperationOutput<N>;
  meta: object;
};

/** GET operations are queries; every other method is a mutation. */
type Procedures = {
  [N in OperationName]: (typeof routes)[N]['method'] extends 'GET'
    ? TRPCQueryProcedure<ProcedureOf<N>>
    : TRPCMutationProcedure<ProcedureOf<N>>;
};

const createTrpc = (production: boolean) =>
  initTRPC.create({
    // Stack traces only leave a development server; the formatter strips them regardless.
    isDev: !production,
    errorFormatter: ({ shape, error, path }) => {
      // The path comes from the URL: only own keys of the table name a route.
      const route =
        path !== undefined && Object.hasOwn(routes, path)
          ? (routes as Record<string, RouteDefinition>)[path]
          : undefined;
      const apiError = apiErrorOfTrpc(error, route, production);
      return {
        code: shape.code,
        message: apiError.message,
        data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path, apiError },
      };
    },
  });

type Root = ReturnType<typeof createTrpc> extends { _config: { $types: infer T } } ? T : never;

/** The router's type: what @trpc/client users import (`createTRPCClient<AppRouter>`). */
export type AppRouter = TRPCBuiltRouter<Root, Procedures>;

/** One procedure per contract operation, calling the same handlers as REST. */
export function buildTrpcRouter(options: TrpcRouterOptions): AppRouter {
  const t = createTrpc(options.production);
  const record: Record<string, unknown> = {};
  for (const name of operationNames) {
    const route: RouteDefinition = routes[name];
    const locate = locateInput(route);
    const queryNumbers = coercedNumberFields(route.query);
    const handler = options.operations[name] as (
      input: ReturnType<typeof splitInput>,
      context: OperationContext,
    ) => Promise<unknown>;
    const procedure = t.procedure
      // tRPC parsed this input with plain JSON.parse: refuse what cannot be stored, too deep
      // nesting and prototype keys before anything else.
      .use(async ({ getRawInput, next }) => {
        try {
          const raw = await getRawInput();
          assertStorableInput(raw, locate);
          assertNoPrototypeKeys(raw, locate);
          assertDecimalNumbers(raw, queryNumbers);
        } catch (error) {
          if (error instanceof AppError) throw toTrpcError(error);
          throw error;
        }
        return next();
      })
      .input(trpcInputSchema(name, route));
    const resolve = async ({ input }: { input: unknown }) => {
      try {
        const output = await handler(
          splitInput(route, (input ?? {}) as Record<string, unknown>),
          options.context,
        );
        if (options.validateResponses) checkResponse(name, output);
        return output;
      } catch (error) {
        // AppErrors, and an unreachable database (503, not 500), keep their code over tRPC.
        const known = knownError(error);
        if (known) throw toTrpcError(known);
        throw error;
      }
    };
    record[name] = route.method === 'GET' ? procedure.query(resolve) : procedure.mutation(resolve);
  }
  return t.router(record as never) as unknown as AppRouter;
}
