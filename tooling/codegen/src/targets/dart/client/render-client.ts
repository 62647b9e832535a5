/** lib/src/api_client.dart: one typed method per operation, on package:http. */
import { lineCommentHeader } from '../../../pipeline/header.js';
import { dartTypeName } from '../naming.js';
import {
  type DartDoc,
  dartString,
  docComment,
  group,
  importLines,
  parameterList,
  statement,
} from './layout.js';
import {
  BODY_PARAMETER,
  type DartOperation,
  type DartParameter,
  type PathSegment,
} from './operations.js';

export const CLIENT_TARGET = 'dart';

/**
 * The models come through the package's barrel (lib/<package>.dart, relative to lib/src/): a
 * model may live in a `part` file of another library, which cannot be imported by itself.
 */
export const barrelImport = (packageName: string) => `../${packageName}.dart`;

const segmentExpression = (segment: PathSegment): string => {
  if ('literal' in segment) return dartString(segment.literal);
  const [only] = segment.parts;
  if (segment.parts.length === 1 && typeof only !== 'string' && only !== undefined) {
    return only.encode;
  }
  // A segment mixing text and parameters becomes one interpolated string; Uri encodes it whole.
  const body = segment.parts
    .map((part, index) => {
      if (typeof part === 'string') return dartString(part).slice(1, -1);
      const next = segment.parts[index + 1];
      const bare =
        /^[a-z][A-Za-z0-9]*$/.test(part.interpolate) &&
        !(typeof next === 'string' && /^[A-Za-z0-9_]/.test(next));
      return bare ? `$${part.interpolate}` : `\${${part.interpolate}}`;
    })
    .join('');
  return `'${body}'`;
};

const parameterDeclaration = (parameter: DartParameter, named: boolean) =>
  named
    ? `${parameter.required ? 'required ' : ''}${parameter.type}${parameter.required ? '' : '?'} ${parameter.dartName}`
    : `${parameter.type} ${parameter.dartName}`;

const queryEntry = (parameter: DartParameter) => {
  const entry = `${dartString(parameter.name)}: ${parameter.encode}`;
  return parameter.required ? entry : `if (${parameter.dartName} != null) ${entry}`;
};

/** What the doc comment of an operation that needs a signed-in user adds. */
export const SIGNED_IN_NOTE =
  'Needs a signed-in user: sends the token from the [TokenProvider] as ' +
  '`Authorization: Bearer`, and throws [UnauthenticatedException] when there is ' +
  'none or the API no longer accepts it (expired, logged out).';

function methodDoc(operation: DartOperation): string[] {
  const summary = /[.!?]$/.test(operation.summary) ? operation.summary : `${operation.summary}.`;
  const answer = operation.response
    ? `answers ${operation.successStatus} with a [${dartTypeName(operation.response)}]`
    : `answers ${operation.successStatus} with no body`;
  const errors =
    operation.errors.length > 0
      ? ` Its own error codes: ${operation.errors.map((code) => `\`${code}\``).join(', ')}.`
      : '';
  const access = operation.signedIn ? `\n\n${SIGNED_IN_NOTE}` : '';
  return docComment(
    '  ',
    `${summary}\n\n\`${operation.method} ${operation.path}\` ${answer}. Throws [ApiException] on any other status.${errors}${access}`,
  );
}

function renderMethod(operation: DartOperation): string {
  const returnType = operation.response
    ? `Future<${dartTypeName(operation.response)}>`
    : 'Future<void>';
  const positional = operation.pathParameters.map((parameter) =>
    parameterDeclaration(parameter, false),
  );
  if (operation.body) positional.push(`${dartTypeName(operation.body)} ${BODY_PARAMETER}`);
  const named = operation.queryParameters.map((parameter) => parameterDeclaration(parameter, true));
  const signature = parameterList(
    '  ',
    `${returnType} ${operation.name}`,
    positional,
    named,
    ' async {',
  );
  const args: DartDoc[] = [
    dartString(operation.method),
    group('[', operation.segments.map(segmentExpression), ']'),
  ];
  if (operation.queryParameters.length > 0) {
    args.push(group('query: {', operation.queryParameters.map(queryEntry), '}'));
  }
  if (operation.body) args.push(`body: ${BODY_PARAMETER}.toJson()`);
  if (operation.signedIn) args.push('signedIn: true');
  const call = group('_send(', args, ')');
  const body = operation.response
    ? [
        statement('    ', 'final json = await ', call, ';'),
        `    return ${dartTypeName(operation.response)}.fromJson(json);`,
      ]
    : [statement('    ', 'await ', call, ';')];
  const annotation = operation.deprecation
    ? [`  @Deprecated(${dartString(operation.deprecation)})`]
    : [];
  return [...methodDoc(operation), ...annotation, signature, ...body, '  }'].join('\n');
}

/** The fixed part of the client: construction, transport, error mapping. */
const CLIENT_HEAD = `/// Returns the session token of the signed-in user, or null when nobody is
/// signed in.
///
/// [ApiClient] calls it before each request of an operation that needs a
/// signed-in user (and never for public ones), so a new token after a log-in,
/// or none after a log-out, takes effect without a new client.
typedef TokenProvider = FutureOr<String?> Function();

/// A typed client of the API: one method per operation of the contract.
///
/// Methods return decoded models and throw [ApiException] when the API
/// answers with a status outside 2xx ([UnauthenticatedException] for a 401,
/// [UpdateRequiredException] for a 426). Transport failures surface as
/// \`http.ClientException\`, and a 2xx body that is not the promised model as
/// [FormatException].
class ApiClient {
  /// A client of the API at [baseUri], which includes the version prefix,
  /// e.g. \`Uri.parse('https://api.example.com/api/v1')\`.
  ///
  /// [tokenProvider] supplies the session token the API issued at log-in.
  /// Operations that need a signed-in user send it as
  /// \`Authorization: Bearer <token>\`; public ones send none. Without a
  /// provider, or when it returns null, signed-in operations go without a
  /// token and throw [UnauthenticatedException].
  ///
  /// Pass [httpClient] to share one or to test with \`MockClient\`; [close]
  /// then leaves it open. [headers] runs before every request: return the
  /// headers to add (a trace id, say).
  ///
  /// [appVersion] is the app's own version (its pubspec \`version\`), sent with
  /// every request so that the server can retire old versions: a retired one
  /// gets [UpdateRequiredException] from every call.
  ApiClient({
    required this.baseUri,
    this.appVersion,
    http.Client? httpClient,
    FutureOr<Map<String, String>> Function()? headers,
    TokenProvider? tokenProvider,
  }) : _http = httpClient ?? http.Client(),
       _ownsHttpClient = httpClient == null,
       _headers = headers,
       _tokenProvider = tokenProvider;

  /// The version of the contract this package was generated from, sent with
  /// every request.
  static const contractVersion = __CONTRACT_VERSION__;

  /// The API root that every operation's path is resolved against.
  final Uri baseUri;

  /// The app's version, sent with every request (see [ApiClient.new]).
  final String? appVersion;

  final http.Client _http;
  final bool _ownsHttpClient;
  final FutureOr<Map<String, String>> Function()? _headers;
  final TokenProvider? _tokenProvider;`;

const CLIENT_TAIL = `  /// Releases the connections of the HTTP client this client created.
  void close() {
    if (_ownsHttpClient) _http.close();
  }

  Uri _resolve(List<String> path, Map<String, String> query) {
    // Path segments are percent-encoded one by one, so an id can never add a
    // segment or a query of its own.
    return baseUri.replace(
      pathSegments: [
        ...baseUri.pathSegments.where((segment) => segment.isNotEmpty),
        ...path,
      ],
      queryParameters: query.isEmpty ? null : query,
    );
  }

  Future<Object?> _send(
    String method,
    List<String> path, {
    Map<String, String> query = const {},
    Map<String, Object?>? body,
    bool signedIn = false,
  }) async {
    final request = http.Request(method, _resolve(path, query));
    final headers = _headers;
    if (headers != null) request.headers.addAll(await headers());
    final tokenProvider = _tokenProvider;
    // Only operations that need a signed-in user ask for the token and carry
    // it: public ones never see it.
    if (signedIn && tokenProvider != null) {
      final token = await tokenProvider();
      if (token != null) request.headers['authorization'] = 'Bearer $token';
    }
    request.headers['accept'] = 'application/json';
    request.headers[__CONTRACT_VERSION_HEADER__] = contractVersion;
    final version = appVersion;
    if (version != null) request.headers[__APP_VERSION_HEADER__] = version;
    if (body != null) {
      request.headers['content-type'] = 'application/json; charset=utf-8';
      request.body = jsonEncode(body);
    }
    final response = await http.Response.fromStream(await _http.send(request));
    // JSON is UTF-8 whatever the content-type says (package:http would
    // otherwise fall back to Latin-1).
    final text = utf8.decode(response.bodyBytes, allowMalformed: true);
    if (response.statusCode < 200 || response.statusCode > 299) {
      throw ApiException.fromResponse(response.statusCode, text);
    }
    if (response.statusCode == 204 || text.isEmpty) return null;
    return jsonDecode(text);
  }
}`;

/** What the client says about itself in every request (see ApiClient.contractVersion). */
export interface ClientIdentity {
  contractVersion: string;
  headers: { appVersion: string; contractVersion: string };
}

/** The Dart source of lib/src/api_client.dart. */
export function renderApiClient(
  operations: DartOperation[],
  packageName: string,
  identity: ClientIdentity,
): string {
  const imports = importLines([
    'dart:async',
    'dart:convert',
    'package:http/http.dart as http',
    barrelImport(packageName),
  ]);
  return [
    lineCommentHeader(CLIENT_TARGET),
    imports.join('\n'),
    '',
    CLIENT_HEAD.replace('__CONTRACT_VERSION__', dartString(identity.contractVersion)),
    '',
    ...operations.flatMap((operation) => [renderMethod(operation), '']),
    CLIENT_TAIL.replace(
      '__CONTRACT_VERSION_HEADER__',
      dartString(identity.headers.contractVersion),
    ).replace('__APP_VERSION_HEADER__', dartString(identity.headers.appVersion)),
    '',
  ].join('\n');
}
