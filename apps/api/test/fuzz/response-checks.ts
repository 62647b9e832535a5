import { ApiError, httpStatusOf, type OperationName, routes } from '@acme/contract';
import { expect } from 'vitest';
import { z } from 'zod';

/** What a call ended with, once its response passed the checks below. */
export type Outcome = { ok: true; data: unknown } | { ok: false; error: ApiError };

// The shared error shape, with nothing else beside it (Fastify's own error body would pass a
// non-strict parse).
const StrictApiError = z.strictObject(ApiError.shape);

/**
 * Marks of internals that must never reach a client: stack frames, file paths, SQL and
 * database/driver messages, error class names. Only error bodies are searched: successful
 * bodies echo stored user text, which may contain anything.
 */
export const LEAKS: RegExp[] = [
  // A frame names where it ran: "(file:line:column)", "(<anonymous>)", "(native)", "(index 0)".
  // Plain prose may hold "at ... (": Node 22's JSON.parse says "at position 7 (line 1 column 8)".
  /\bat [\w$.<>[\] ]+ \((?:[^()]*:\d+:\d+|<anonymous>|native|index \d+)\)/,
  /\n\s+at /,
  /file:\/\/|\/work\/|\/home\/|\/usr\/|node_modules|\.[cm]?[jt]s:\d+/,
  /\b(select|insert into|delete from)\b[^"]*\b(from|values|where|returning)\b/i,
  /Failed query|SQLSTATE|violates|duplicate key|syntax error at|relation "|column "|pglite|drizzle/i,
  /"stack"|\b(TypeError|RangeError|ReferenceError|SyntaxError|ResponseContractError)\b/,
];

export function expectNoLeak(text: string, context: string): void {
  for (const leak of LEAKS) {
    expect(leak.test(text), `${context}: error body leaks ${leak}: ${text.slice(0, 500)}`).toBe(
      false,
    );
  }
}

const parseJson = (text: string, context: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${context}: body is not JSON: ${text.slice(0, 300)}`);
  }
};

/** Throws with Zod's explanation when `value` does not match `schema`. */
function expectSchema(schema: z.ZodType, value: unknown, context: string): void {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new Error(
      `${context}: ${z.prettifyError(result.error)}\n${JSON.stringify(value)?.slice(0, 500)}`,
    );
  }
}

export interface HttpReply {
  statusCode: number;
  headers: Record<string, unknown>;
  body: string;
}

/** Never a 5xx, never throttled: both would make every other check meaningless. */
export function expectServed(reply: HttpReply, context: string): void {
  expect(reply.statusCode, `${context}: ${reply.body.slice(0, 500)}`).toBeLessThan(500);
  expect(reply.statusCode, `${context}: throttled; raise the test rate limit`).not.toBe(429);
}

/**
 * A REST reply: 2xx bodies match the route's output model; errors are an ApiError with its
 * code's status, as JSON, without internals. `route` is undefined for requests off the table.
 */
export function checkRestReply(
  name: OperationName | undefined,
  reply: HttpReply,
  context: string,
): Outcome {
  expectServed(reply, context);
  if (reply.statusCode < 300) {
    const route = name === undefined ? undefined : routes[name];
    if (route === undefined) return { ok: true, data: undefined };
    expect(reply.statusCode, context).toBe(route.successStatus);
    if (route.response === null) {
      expect(reply.body, context).toBe('');
      return { ok: true, data: undefined };
    }
    const data = parseJson(reply.body, context);
    expectSchema(route.response, data, `${context}: 2xx body breaks ${name}'s response model`);
    return { ok: true, data };
  }
  expect(String(reply.headers['content-type']), context).toMatch(/^application\/json/);
  const error = parseJson(reply.body, context);
  expectSchema(StrictApiError, error, `${context}: error body is not an ApiError`);
  const apiError = error as ApiError;
  expect(reply.statusCode, `${context}: status of ${apiError.code}`).toBe(
    httpStatusOf[apiError.code],
  );
  expectNoLeak(reply.body, context);
  return { ok: false, error: apiError };
}

const TrpcErrorEnvelope = z.strictObject({
  error: z.strictObject({
    code: z.number().int(),
    message: z.string(),
    data: z.looseObject({
      code: z.string(),
      httpStatus: z.number().int(),
      apiError: StrictApiError,
    }),
  }),
});
const TrpcResult = z.strictObject({ result: z.looseObject({ data: z.unknown().optional() }) });

/** One call's part of a tRPC reply (the whole body, or one item of a batch). */
export function checkTrpcItem(
  name: string | undefined,
  item: unknown,
  status: number,
  context: string,
): Outcome {
  const route =
    name !== undefined && Object.hasOwn(routes, name) ? routes[name as OperationName] : undefined;
  if (item !== null && typeof item === 'object' && 'result' in item) {
    expectSchema(TrpcResult, item, `${context}: not a tRPC result`);
    expect(route, `${context}: a result from a procedure that does not exist`).toBeDefined();
    const data = (item as { result: { data?: unknown } }).result.data;
    if (route?.response) {
      expectSchema(route.response, data, `${context}: result breaks ${name}'s response model`);
    } else expect(data, context).toBeUndefined();
    return { ok: true, data };
  }
  expectSchema(TrpcErrorEnvelope, item, `${context}: not a tRPC error with an ApiError`);
  const { data } = (item as z.infer<typeof TrpcErrorEnvelope>).error;
  // A batch answers 207 when its calls ended differently; each item keeps its own status.
  if (status !== 207) expect(data.httpStatus, context).toBe(status);
  expect(data.httpStatus, `${context}: ${JSON.stringify(item)}`).toBeLessThan(500);
  expectNoLeak(JSON.stringify(item), context);
  return { ok: false, error: data.apiError };
}

/** A tRPC reply: one envelope, or for a batch an array of them (or one error for all). */
export function checkTrpcReply(
  names: (string | undefined)[],
  batch: boolean,
  reply: HttpReply,
  context: string,
): Outcome[] {
  expectServed(reply, context);
  expect(String(reply.headers['content-type']), context).toMatch(/^application\/json/);
  const body = parseJson(reply.body, context);
  if (batch && Array.isArray(body)) {
    expect(body.length, `${context}: one item per call`).toBe(names.length);
    return body.map((item, index) =>
      checkTrpcItem(names[index], item, reply.statusCode, `${context} [${index}]`),
    );
  }
  const outcome = checkTrpcItem(batch ? undefined : names[0], body, reply.statusCode, context);
  if (batch) expect(outcome.ok, `${context}: a whole batch cannot succeed as one`).toBe(false);
  return [outcome];
}
