import type { ErrorCode, ErrorLocation, OperationName } from '@acme/contract';

const ZERO_ID = '00000000-0000-4000-8000-000000000000';

/** A request that must fail validation, and the field its error must name. */
export interface BadInputCase {
  what: string;
  operation: OperationName;
  params?: Record<string, string>;
  query?: Record<string, string>;
  /** A JSON body, or raw text (or bytes) with its content type (malformed JSON, media types). */
  body?: unknown;
  raw?: { payload: string | Buffer; contentType: string };
  expected: { location: ErrorLocation; path: string };
  /** The code when it is not VALIDATION_FAILED (which names the field in `expected`). */
  code?: ErrorCode;
}

const long = (length: number) => 'x'.repeat(length);

const listCases = (operation: OperationName): BadInputCase[] => [
  {
    what: 'limit of the wrong type',
    operation,
    query: { limit: 'many' },
    expected: { location: 'query', path: 'limit' },
  },
  {
    what: 'limit above the cap',
    operation,
    query: { limit: '1000' },
    expected: { location: 'query', path: 'limit' },
  },
  // Number(text) reads these as 16, 100 and 5: only decimal digits are numbers in a query.
  ...['0x10', '1e2', '5 ', ''].map(
    (limit): BadInputCase => ({
      what: `limit written as ${JSON.stringify(limit)}`,
      operation,
      query: { limit },
      expected: { location: 'query', path: 'limit' },
    }),
  ),
  {
    what: 'over-long cursor',
    operation,
    query: { cursor: long(201) },
    expected: { location: 'query', path: 'cursor' },
  },
  {
    what: 'cursor the API never issued',
    operation,
    query: { cursor: 'bm90LWEtY3Vyc29y' },
    expected: { location: 'query', path: 'cursor' },
  },
];

const byIdCases = (operation: OperationName, param: string): BadInputCase[] => [
  {
    what: `${param} that is not a UUID`,
    operation,
    params: { [param]: 'not-a-uuid' },
    expected: { location: 'params', path: param },
  },
];

const bodyCases = (
  operation: OperationName,
  valid: Record<string, unknown>,
  params: Record<string, string> | undefined,
  fields: { text: string; maxText: number; enumPath: string[]; required?: string },
): BadInputCase[] => {
  const withParams = params ? { params } : {};
  const setPath = (path: string[], value: unknown): Record<string, unknown> => {
    const copy = structuredClone(valid);
    let node: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      node[key] = { ...((node[key] as Record<string, unknown>) ?? {}) };
      node = node[key] as Record<string, unknown>;
    }
    node[path.at(-1) as string] = value;
    return copy;
  };
  const cases: BadInputCase[] = [
    {
      what: 'field of the wrong type',
      operation,
      ...withParams,
      body: { ...valid, [fields.text]: 42 },
      expected: { location: 'body', path: fields.text },
    },
    {
      what: 'over-long string',
      operation,
      ...withParams,
      body: { ...valid, [fields.text]: long(fields.maxText + 1) },
      expected: { location: 'body', path: fields.text },
    },
    {
      what: 'unknown enum value',
      operation,
      ...withParams,
      body: setPath(fields.enumPath, 'someday'),
      expected: { location: 'body', path: fields.enumPath.join('.') },
    },
    // The database cannot store these as sent: they were a 500 (NUL), or were silently
    // changed (an unpaired surrogate became U+FFFD; PGlite dropped a leading U+FEFF).
    ...(
      [
        ['NUL character', 'a\u0000b'],
        ['unpaired surrogate', 'a\ud800'],
        ['leading byte order mark', '\ufeffa'],
      ] as const
    ).map(
      ([what, text]): BadInputCase => ({
        what: `${what} in a string`,
        operation,
        ...withParams,
        body: { ...valid, [fields.text]: text },
        expected: { location: 'body', path: fields.text },
      }),
    ),
    {
      what: 'multipart body',
      operation,
      ...withParams,
      // tRPC's adapter read such bodies past Fastify's parsers, ending as a 500.
      raw: { payload: JSON.stringify(valid), contentType: 'multipart/form-data; boundary=x' },
      expected: { location: 'body', path: '' },
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      // Decoded leniently, the byte was stored as U+FFFD.
      what: 'body that is not valid UTF-8',
      operation,
      ...withParams,
      raw: {
        payload: Buffer.concat([
          Buffer.from(JSON.stringify(valid).replace(/"$|\}$/, '')),
          Buffer.from(',"x":"\xff"}', 'latin1'),
        ]),
        contentType: 'application/json',
      },
      expected: { location: 'body', path: '' },
    },
    {
      what: 'malformed JSON',
      operation,
      ...withParams,
      raw: { payload: '{"title": "unterminated', contentType: 'application/json' },
      expected: { location: 'body', path: '' },
    },
    {
      what: 'wrong content type',
      operation,
      ...withParams,
      raw: { payload: JSON.stringify(valid), contentType: 'text/plain' },
      expected: { location: 'body', path: '' },
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      what: '__proto__ key',
      operation,
      ...withParams,
      raw: {
        payload: JSON.stringify(valid).replace(/^\{/, '{"__proto__":{"isAdmin":true},'),
        contentType: 'application/json',
      },
      expected: { location: 'body', path: '__proto__' },
    },
    {
      what: 'constructor.prototype key',
      operation,
      ...withParams,
      raw: {
        payload: JSON.stringify(valid).replace(
          /^\{/,
          '{"metadata":{"constructor":{"prototype":{}}},',
        ),
        contentType: 'application/json',
      },
      expected: { location: 'body', path: 'metadata.constructor.prototype' },
    },
  ];
  if (fields.required) {
    const { [fields.required]: _dropped, ...rest } = valid;
    cases.push({
      what: 'missing required field',
      operation,
      ...withParams,
      body: rest,
      expected: { location: 'body', path: fields.required },
    });
  }
  return cases;
};

/** Bad input for every route that takes input (health takes none). */
export function badInputCases(ids: { userId: string; projectId: string; taskId: string }) {
  return [
    ...listCases('listUsers'),
    ...byIdCases('getUser', 'userId'),
    ...listCases('listProjects'),
    ...byIdCases('getProject', 'projectId'),
    ...bodyCases('createProject', { name: 'Valid', ownerId: ids.userId }, undefined, {
      text: 'name',
      maxText: 120,
      enumPath: ['settings', 'defaultStatus'],
      required: 'ownerId',
    }),
    ...listCases('listTasks'),
    {
      what: 'unknown status filter',
      operation: 'listTasks',
      query: { status: 'someday' },
      expected: { location: 'query', path: 'status' },
    },
    {
      what: 'projectId filter that is not a UUID',
      operation: 'listTasks',
      query: { projectId: '42' },
      expected: { location: 'query', path: 'projectId' },
    },
    ...byIdCases('getTask', 'taskId'),
    ...bodyCases('createTask', { projectId: ids.projectId, title: 'Valid' }, undefined, {
      text: 'title',
      maxText: 200,
      enumPath: ['status'],
      required: 'title',
    }),
    {
      what: 'attachment of an unknown kind',
      operation: 'createTask',
      body: {
        projectId: ids.projectId,
        title: 'x',
        attachments: [{ kind: 'video', url: 'https://e.x' }],
      },
      expected: { location: 'body', path: 'attachments.0.kind' },
    },
    {
      what: 'nested checklist item of the wrong type',
      operation: 'createTask',
      body: {
        projectId: ids.projectId,
        title: 'x',
        checklist: [{ text: 'a', children: [{ text: 7 }] }],
      },
      expected: { location: 'body', path: 'checklist.0.children.0.text' },
    },
    {
      // The contract's format admits year 0000; PostgreSQL has none (the insert was a 500).
      what: 'due date in year 0000',
      operation: 'createTask',
      body: { projectId: ids.projectId, title: 'x', dueAt: '0000-01-01T00:00:00Z' },
      expected: { location: 'body', path: 'dueAt' },
    },
    {
      what: 'due date in year 0000',
      operation: 'updateTask',
      params: { taskId: ids.taskId },
      body: { dueAt: '0000-12-31T23:59:59Z' },
      expected: { location: 'body', path: 'dueAt' },
    },
    ...byIdCases('updateTask', 'taskId'),
    ...bodyCases(
      'updateTask',
      { title: 'Valid' },
      { taskId: ids.taskId },
      {
        text: 'title',
        maxText: 200,
        enumPath: ['status'],
      },
    ),
    ...byIdCases('deleteTask', 'taskId'),
  ] satisfies BadInputCase[] as BadInputCase[];
}

export { ZERO_ID };
