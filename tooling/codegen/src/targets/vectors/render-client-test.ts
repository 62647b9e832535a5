/**
 * test/api_client_test.dart: every operation of the ApiClient against package:http's
 * MockClient, with request expectations and response payloads derived from the contract (the
 * same Zod-checked examples the vectors start from), plus the error mapping.
 */
import type { JsonSchema } from '@acme/contract';
import { lineCommentHeader } from '../../pipeline/header.js';
import type { LoadedContract } from '../../pipeline/types.js';
import { type DartDoc, dartJson, dartString, group, statement } from '../dart/client/layout.js';
import type { DartOperation, DartParameter } from '../dart/client/operations.js';
import { ERROR_COMPONENT, FALLBACK_CODE, fallbackNames } from '../dart/client/render-exception.js';
import { anyDeprecated, deprecationPreamble } from '../dart/emit/deprecations.js';
import { dartTypeName } from '../dart/naming.js';
import { canonicalInstant, expectedOf } from './canonical.js';
import { exampleOf } from './examples.js';
import { VECTORS_TARGET } from './render-file.js';
import type { JsonValue } from './schema.js';
import { zodOfComponent } from './zod-models.js';

const BASE_URI = 'https://api.example.com/api/v1';
/** Indentation inside main() > group() > test() > closure. */
const I1 = '    ';
const I2 = '      ';
const I3 = '        ';
const I4 = '          ';
const BASE_PATH = '/api/v1';
const TOKEN = 'test-token';
/** A value that would add a path segment and a query if it were not encoded. */
const AWKWARD_ID = 'a/b c?d';

/** A full, Zod-valid payload of a component and what its Dart model writes back. */
function samplePayload(contract: LoadedContract, component: string) {
  const components = contract.document.components.schemas;
  const schema = components[component] as JsonSchema;
  const json = exampleOf({ $ref: `#/components/schemas/${component}` }, components, 'full');
  const output = JSON.parse(
    JSON.stringify(zodOfComponent(contract, component).parse(structuredClone(json))),
  ) as JsonValue;
  return { json, expected: expectedOf(schema, components, json, output) };
}

/** Dart's encoding of one path segment: unreserved, sub-delims, ':' and '@' stay as they are. */
const encodeSegment = (text: string) =>
  [...new TextEncoder().encode(text)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return /[A-Za-z0-9\-._~!$&'()*+,;=:@]/.test(char) && byte < 128
        ? char
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');

/** A sample argument for a parameter: the Dart expression and its text on the wire. */
function sampleArgument(parameter: DartParameter, contract: LoadedContract) {
  const value = exampleOf(parameter.schema, contract.document.components.schemas, 'full');
  const text = String(value);
  switch (parameter.type) {
    case 'int':
    case 'bool':
      return { dart: text, wire: text };
    case 'double': {
      // Dart prints a whole double with ".0".
      const dart = Number.isInteger(value) ? `${text}.0` : text;
      return { dart, wire: dart };
    }
    case 'DateTime':
      return { dart: `DateTime.parse(${dartString(text)})`, wire: canonicalInstant(text) ?? text };
    case 'String':
      return { dart: dartString(text), wire: text };
    default:
      return { dart: `${parameter.type}.fromJson(${dartString(text)})`, wire: text };
  }
}

function operationTest(operation: DartOperation, contract: LoadedContract): string {
  const samples = new Map(
    [...operation.pathParameters, ...operation.queryParameters].map((parameter) => [
      parameter,
      sampleArgument(parameter, contract),
    ]),
  );
  const wire = (parameter: DartParameter) => samples.get(parameter)?.wire ?? '';
  const path = operation.segments
    .map((segment) =>
      'literal' in segment
        ? encodeSegment(segment.literal)
        : encodeSegment(
            segment.parts.map((part) => (typeof part === 'string' ? part : wire(part))).join(''),
          ),
    )
    .join('/');
  const query = Object.fromEntries(
    operation.queryParameters.map((parameter) => [parameter.name, wire(parameter)]),
  );
  const body = operation.body ? samplePayload(contract, operation.body) : undefined;
  const response = operation.response ? samplePayload(contract, operation.response) : undefined;

  const checks = [
    expectation(I4, 'request.method', dartString(operation.method)),
    expectation(I4, 'request.url.path', dartString(`${BASE_PATH}/${path}`)),
    statement(I4, 'expect(request.url.queryParameters, ', stringMap(query), ');'),
    // Signed-in operations carry the session token; public ones never do.
    expectation(
      I4,
      "request.headers['authorization']",
      operation.signedIn ? "'Bearer $_token'" : 'isNull',
    ),
    body
      ? statement(I4, 'expect(jsonDecode(request.body), ', dartJson(body.expected), ');')
      : `${I4}expect(request.body, isEmpty);`,
  ];
  const title = dartString(`${operation.name}: ${operation.method} ${operation.path}`);
  const lines = [`${I1}test(${title}, () async {`];
  // The check closure is a block: the call is laid out by hand, as dart format would.
  lines.push(`${I2}final api = _client(`);
  lines.push(`${I3}(request) {`, ...checks, `${I3}},`);
  lines.push(`${I3}status: ${operation.successStatus},`);
  if (response) lines.push(statement(I3, 'body: jsonEncode(', dartJson(response.json), '),'));
  lines.push(`${I2});`);
  const args: DartDoc[] = [
    ...operation.pathParameters.map((parameter) => samples.get(parameter)?.dart ?? ''),
    ...(body
      ? [group(`${dartTypeName(operation.body as string)}.fromJson(`, [dartJson(body.json)], ')')]
      : []),
    ...operation.queryParameters.map(
      (parameter) => `${parameter.dartName}: ${samples.get(parameter)?.dart}`,
    ),
  ];
  const call = group(`api.${operation.name}(`, args, ')');
  if (response) {
    lines.push(statement(I2, 'final result = await ', call, ';'));
    lines.push(statement(I2, 'expect(_json(result.toJson()), ', dartJson(response.expected), ');'));
  } else {
    lines.push(statement(I2, 'await ', call, ';'));
  }
  lines.push(`${I1}});`);
  return lines.join('\n');
}

/** `expect(actual, matcher);`, split over lines when it does not fit. */
const expectation = (indent: string, actual: string, matcher: string) =>
  statement(indent, '', group('expect(', [actual, matcher], ')'), ';');

/** `prefix` put before a document (`body: ` before an argument). */
const prefixed = (prefix: string, doc: DartDoc): DartDoc =>
  typeof doc === 'string' ? `${prefix}${doc}` : { ...doc, open: `${prefix}${doc.open}` };

const stringMap = (entries: Record<string, string>): DartDoc =>
  group(
    '<String, String>{',
    Object.entries(entries).map(([key, value]) => `${dartString(key)}: ${dartString(value)}`),
    '}',
  );

/** Error mapping and encoding, on the first operation that takes a string path parameter. */
function behaviourTests(operations: DartOperation[], contract: LoadedContract): string[] {
  const target = operations.find(
    (operation) =>
      operation.response &&
      !operation.body &&
      operation.pathParameters.length === 1 &&
      operation.pathParameters[0]?.type === 'String' &&
      operation.queryParameters.every((parameter) => !parameter.required),
  );
  if (!target?.response) return [];
  const components = contract.document.components.schemas;
  const firstCode = String(components.ErrorCode?.enum?.[0] ?? 'INTERNAL');
  const response = samplePayload(contract, target.response);
  const prefix = target.segments
    .slice(0, -1)
    .map((segment) => ('literal' in segment ? encodeSegment(segment.literal) : ''))
    .join('/');
  const lastIsParameter = (() => {
    const last = target.segments.at(-1);
    return last !== undefined && 'parts' in last && last.parts.length === 1;
  })();
  const call = `api.${target.name}(${dartString(AWKWARD_ID)})`;
  const failing = (
    status: number,
    body: DartDoc,
    code: string,
    extra: [string, string, string][] = [],
    type = 'ApiException',
  ) => {
    const havings: [string, string, string][] = [
      ['(e) => e.statusCode', "'statusCode'", String(status)],
      ["(e) => e.error.toJson()['code']", "'code'", dartString(code)],
      ...extra,
    ];
    const chain = `${I4}    `;
    return [
      statement(
        I2,
        'final api = ',
        group('_client(', ['(request) {}', `status: ${status}`, prefixed('body: ', body)], ')'),
        ';',
      ),
      `${I2}await expectLater(`,
      `${I3}${call},`,
      `${I3}throwsA(`,
      `${I4}isA<${type}>()`,
      ...havings.map((having, index) =>
        statement(
          chain,
          '',
          group('.having(', having, ')'),
          index === havings.length - 1 ? ',' : '',
        ),
      ),
      `${I3}),`,
      `${I2});`,
    ];
  };
  const tests: string[][] = [];
  if (lastIsParameter) {
    const expectedPath = `${BASE_PATH}/${prefix ? `${prefix}/` : ''}${encodeSegment(AWKWARD_ID)}`;
    const withBase = (base: string) => [
      `${I2}final api = _client(`,
      `${I3}(request) {`,
      expectation(I4, 'request.url.path', dartString(expectedPath)),
      `${I4}expect(request.url.hasQuery, isFalse);`,
      `${I3}},`,
      statement(I3, 'body: jsonEncode(', dartJson(response.json), '),'),
      ...(base === BASE_URI ? [] : [`${I3}baseUri: Uri.parse(${dartString(base)}),`]),
      `${I2});`,
      `${I2}await ${call};`,
    ];
    tests.push([
      `${I1}test('a path parameter stays one percent-encoded segment', () async {`,
      ...withBase(BASE_URI),
      `${I1}});`,
    ]);
    tests.push([
      `${I1}test('a base URI with a trailing slash resolves the same paths', () async {`,
      ...withBase(`${BASE_URI}/`),
      `${I1}});`,
    ]);
  }
  const errorBody = (code: string): DartDoc =>
    group('jsonEncode(', [dartJson({ code, message: 'from the test' })], ')');
  tests.push([
    `${I1}test('an ApiError body becomes a typed ApiException', () async {`,
    ...failing(400, errorBody(firstCode), firstCode, [
      ['(e) => e.error.message', "'message'", "'from the test'"],
    ]),
    `${I1}});`,
  ]);
  tests.push([
    `${I1}test('an error code added later keeps its text', () async {`,
    ...failing(409, errorBody('ZZ_ADDED_LATER'), 'ZZ_ADDED_LATER', [
      ['(e) => e.toString()', "'toString()'", "contains('ZZ_ADDED_LATER')"],
    ]),
    `${I1}});`,
  ]);
  tests.push([
    `${I1}test('a body that is no ApiError still gives an ApiException', () async {`,
    ...failing(502, "'<html>Bad gateway</html>'", 'INTERNAL', [
      ['(e) => e.body', "'body'", "'<html>Bad gateway</html>'"],
    ]),
    `${I1}});`,
  ]);
  tests.push([
    `${I1}test('an empty error body still gives an ApiException', () async {`,
    ...failing(503, "''", 'INTERNAL'),
    `${I1}});`,
  ]);
  // Built in code, an error's code may be the enum's unknown, which has no JSON to write.
  const names = fallbackNames(contract.document.components.schemas);
  const built = `${names.error}(${names.code}: ${names.codeEnum}.unknown, ${names.message}: 'built')`;
  const fallback = group(
    `${names.error}(`,
    [
      `${names.code}: ${names.codeEnum}.${names.member}`,
      `${names.message}: 'HTTP 502 with a body that is not an ${ERROR_COMPONENT}'`,
    ],
    ')',
  );
  tests.push([
    `${I1}test('toString never throws; the fallback error is built directly', () {`,
    `${I2}final error = ${built};`,
    `${I2}expect(`,
    `${I3}ApiException(500, error).toString(),`,
    `${I3}'ApiException(500, unknown): built',`,
    `${I2});`,
    `${I2}final unreadable = ApiException.fromResponse(502, '<html>');`,
    `${I2}expect(`,
    `${I3}unreadable.error,`,
    statement(I3, '', fallback, ','),
    `${I2});`,
    `${I2}expect(`,
    `${I3}unreadable.toString(),`,
    `${I3}startsWith('ApiException(502, ${FALLBACK_CODE}): '),`,
    `${I2});`,
    `${I1}});`,
  ]);
  const appHeader = dartString(contract.clientHeaders.appVersion);
  tests.push([
    `${I1}test('sends the app version when it has one', () async {`,
    `${I2}final api = _client(`,
    `${I3}(request) => expect(request.headers[${appHeader}], _appVersion),`,
    statement(I3, 'body: jsonEncode(', dartJson(response.json), '),'),
    `${I2});`,
    `${I2}await ${call};`,
    `${I2}final anonymous = _client(`,
    `${I3}(request) => expect(request.headers[${appHeader}], isNull),`,
    statement(I3, 'body: jsonEncode(', dartJson(response.json), '),'),
    `${I3}appVersion: null,`,
    `${I2});`,
    `${I2}await anonymous.${target.name}(${dartString(AWKWARD_ID)});`,
    `${I1}});`,
  ]);
  if (target.signedIn) {
    tests.push([
      `${I1}test('asks for the token on every request; null sends none', () async {`,
      `${I2}String? token = 'first-token';`,
      `${I2}final sent = <String?>[];`,
      `${I2}final api = _client(`,
      `${I3}(request) => sent.add(request.headers['authorization']),`,
      statement(I3, 'body: jsonEncode(', dartJson(response.json), '),'),
      `${I3}tokenProvider: () => token,`,
      `${I2});`,
      `${I2}await ${call};`,
      `${I2}token = null;`,
      `${I2}await ${call};`,
      `${I2}expect(sent, ['Bearer first-token', null]);`,
      `${I1}});`,
    ]);
  }
  tests.push([
    `${I1}test('401: UnauthenticatedException', () async {`,
    ...failing(
      401,
      errorBody('UNAUTHENTICATED'),
      'UNAUTHENTICATED',
      [],
      'UnauthenticatedException',
    ),
    `${I1}});`,
  ]);
  tests.push([
    `${I1}test('401 with an unreadable body: UnauthenticatedException', () {`,
    `${I2}final expired = ApiException.fromResponse(401, '<html>Sign in</html>');`,
    `${I2}expect(expired, isA<UnauthenticatedException>());`,
    `${I2}expect(expired.statusCode, 401);`,
    `${I2}final forbidden = ApiException.fromResponse(403, '');`,
    `${I2}expect(forbidden, isNot(isA<UnauthenticatedException>()));`,
    `${I1}});`,
  ]);
  const retiredBody = group(
    'jsonEncode(',
    [dartJson({ code: 'UPDATE_REQUIRED', message: 'update', minimumAppVersion: '2.0.0' })],
    ')',
  );
  tests.push([
    `${I1}test('426: UpdateRequiredException with the minimum', () async {`,
    ...failing(426, retiredBody, 'UPDATE_REQUIRED', [
      ['(e) => (e as UpdateRequiredException).minimumAppVersion', "'minimumAppVersion'", "'2.0.0'"],
    ]),
    `${I1}});`,
  ]);
  tests.push([
    `${I1}test('426 with an unreadable body: UpdateRequiredException', () {`,
    `${I2}final retired = ApiException.fromResponse(426, '<html>Upgrade</html>');`,
    `${I2}expect(retired, isA<UpdateRequiredException>());`,
    `${I2}expect((retired as UpdateRequiredException).minimumAppVersion, isNull);`,
    `${I1}});`,
  ]);
  tests.push([
    `${I1}test('a 2xx body breaking the contract throws FormatException', () async {`,
    `${I2}final api = _client((request) {}, body: '{}');`,
    `${I2}await expectLater(${call}, throwsFormatException);`,
    `${I1}});`,
  ]);
  return tests.map((lines) => lines.join('\n'));
}

const HELPERS = `final _baseUri = Uri.parse(${dartString(BASE_URI)});
const _token = ${dartString(TOKEN)};
const _traceId = 'test-trace';
const _appVersion = '1.4.0+37';

String? _testToken() => _token;

/// A client whose requests go to [check], answered with [status] and [body].
ApiClient _client(
  void Function(http.Request request) check, {
  int status = 200,
  String body = '',
  Uri? baseUri,
  String? appVersion = _appVersion,
  TokenProvider? tokenProvider = _testToken,
}) {
  return ApiClient(
    baseUri: baseUri ?? _baseUri,
    appVersion: appVersion,
    httpClient: MockClient((request) async {
      expect(request.headers['x-trace-id'], _traceId);
      expect(request.headers['accept'], 'application/json');
      expect(
        request.headers[__CONTRACT_VERSION_HEADER__],
        ApiClient.contractVersion,
      );
      check(request);
      return http.Response(
        body,
        status,
        headers: {'content-type': 'application/json; charset=utf-8'},
      );
    }),
    headers: () => {'x-trace-id': _traceId},
    tokenProvider: tokenProvider,
  );
}

/// A value as JSON text would carry it.
Object? _json(Object? value) => jsonDecode(jsonEncode(value));`;

export function renderApiClientTest(
  packageName: string,
  operations: DartOperation[],
  contract: LoadedContract,
): string {
  return `${lineCommentHeader(VECTORS_TARGET)}
${deprecationPreamble(anyDeprecated(contract.document)).join('\n')}// The generated ApiClient against package:http's MockClient: every operation
// sends its method, path, query and body and decodes its response; errors map
// to ApiException.

import 'dart:convert';

import 'package:${packageName}/${packageName}.dart';
import 'package:http/http.dart' as http;
import 'package:http/testing.dart';
import 'package:test/test.dart';

${HELPERS.replace('__CONTRACT_VERSION_HEADER__', dartString(contract.clientHeaders.contractVersion))}

void main() {
  group('operations', () {
${operations.map((operation) => operationTest(operation, contract)).join('\n\n')}
  });

  group('behaviour', () {
${behaviourTests(operations, contract).join('\n\n')}
  });
}
`;
}
