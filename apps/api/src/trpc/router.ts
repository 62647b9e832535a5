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
import type { Authenticate } from '../auth/authenticate.js';
import type { Caller } from '../auth/caller.js';
import { knownError } from '../errors.js';
import { assertStorableInput } from '../http/input-guard.js';
import { assertNoPrototypeKeys } from '../http/proto-guard.js';
import { assertDecimalNumbers, coercedNumberFields } from '../http/query-numbers.js';
import type { AnyOperationHandler, OperationContext, Operations } from '../operations.js';
import { checkResponse } from '../response-check.js';
import { apiErrorOfTrpc, toTrpcError } from './errors.js';
import { locateInput, splitInput, type TrpcInput, trpcInputSchema } from './input.js';

export interface TrpcRouterOptions {
  operations: Operations;
  context: OperationContext;
  authenticate: Authenticate;
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

/** What each tRPC request carries into its procedures: read from the HTTP request once. */
export interface TrpcRequestContext {
  authorization: string | undefined;
  clientAddress: string;
}

const createTrpc = (production: boolean) =>
  initTRPC.context<TrpcRequestContext>().create({
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
    const handler = options.operations[name] as AnyOperationHandler;
    const signedIn = route.access === 'signed-in';
    const procedure = t.procedure
      // As on REST: the caller first (401 before anything about the input), then, since tRPC
      // parsed this input with plain JSON.parse, refuse what cannot be stored, too deep
      // nesting and prototype keys.
      .use(async ({ ctx, getRawInput, next }) => {
        let caller: Caller | undefined;
        try {
          if (signedIn) caller = await options.authenticate(ctx.authorization);
          const raw = await getRawInput();
          assertStorableInput(raw, locate);
          assertNoPrototypeKeys(raw, locate);
          assertDecimalNumbers(raw, queryNumbers);
        } catch (error) {
          const known = knownError(error);
          if (known) throw toTrpcError(known);
          throw error;
        }
        return next({ ctx: { caller } });
      })
      .input(trpcInputSchema(name, route));
    const resolve = async ({
      input,
      ctx,
    }: {
      input: unknown;
      ctx: TrpcRequestContext & { caller: Caller | undefined };
    }) => {
      try {
        const output = await handler(
          splitInput(route, (input ?? {}) as Record<string, unknown>),
          options.context,
          { clientAddress: ctx.clientAddress, caller: ctx.caller },
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
