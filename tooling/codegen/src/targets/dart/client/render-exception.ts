/** lib/src/api_exception.dart: the typed error every failing call throws. */
import type { JsonSchema } from '@acme/contract';
import { CodegenError } from '../../../errors.js';
import { lineCommentHeader } from '../../../pipeline/header.js';
import { dartModelFile, dartTypeName } from '../naming.js';
import { dartString, importLines, parameterList } from './layout.js';
import { componentOf } from './operations.js';
import { barrelImport, CLIENT_TARGET } from './render-client.js';

/** The component of the API's one error shape (`ApiError` in the contract). */
export const ERROR_COMPONENT = 'ApiError';
/** The code a body that is not an ApiError is reported with: the server failed somewhere. */
export const FALLBACK_CODE = 'INTERNAL';

/**
 * The Dart names the fallback error is built with: quicktype names the `INTERNAL` member
 * `internal` and the fields `code` and `message`, unless a collision renamed them; the Dart
 * target checks the generated models against these (see `checkFallbackNames`).
 */
export const FALLBACK_NAMES = { member: 'internal', code: 'code', message: 'message' } as const;

/**
 * Checks that the error shape can be built from just a code and a message, which is what the
 * fallback for unreadable error bodies needs.
 */
function fallbackShape(components: Record<string, JsonSchema>): string {
  const where = { model: ERROR_COMPONENT };
  const error = components[ERROR_COMPONENT];
  if (!error?.properties) throw new CodegenError('the error shape must be an object', where);
  const codeEnum = components[componentOf(error.properties.code) ?? '']?.enum;
  if (!codeEnum?.includes(FALLBACK_CODE)) {
    throw new CodegenError(`"code" must be an enum model with a ${FALLBACK_CODE} value`, {
      ...where,
      field: 'code',
    });
  }
  if (error.properties.message?.type !== 'string') {
    throw new CodegenError('"message" must be a string', { ...where, field: 'message' });
  }
  const extra = (error.required ?? []).filter((name) => name !== 'code' && name !== 'message');
  if (extra.length > 0) {
    throw new CodegenError(
      'an error built from an unreadable body has only a code and a message; make the other ' +
        'fields optional',
      { ...where, field: extra.join(', ') },
    );
  }
  return dartTypeName(componentOf(error.properties.code) ?? '');
}

/** The Dart names of the fallback error: its class, the code enum, member and fields. */
export function fallbackNames(components: Record<string, JsonSchema>) {
  return {
    error: dartTypeName(ERROR_COMPONENT),
    codeEnum: fallbackShape(components),
    ...FALLBACK_NAMES,
  };
}

/**
 * Checks that the generated models have the names the fallback error is built with (model
 * sources by file path relative to the package): a Dart compile error otherwise.
 */
export function checkFallbackNames(
  components: Record<string, JsonSchema>,
  models: Map<string, string>,
): void {
  const codeEnum = fallbackShape(components);
  const source = (component: string) => models.get(dartModelFile(component)) ?? '';
  const { member, code, message } = FALLBACK_NAMES;
  if (!source(codeEnum).includes(`\n  ${member}(${dartString(FALLBACK_CODE)}),\n`)) {
    throw new CodegenError(`the Dart member of ${FALLBACK_CODE} must be named ${member}`, {
      model: codeEnum,
    });
  }
  const error = source(ERROR_COMPONENT);
  for (const [field, type] of [
    [code, codeEnum],
    [message, 'String'],
  ]) {
    if (!error.includes(`\n  final ${type} ${field};\n`)) {
      throw new CodegenError(`the Dart field must be named ${field} (of type ${type})`, {
        model: ERROR_COMPONENT,
        field: field as string,
      });
    }
  }
}

/** UnauthenticatedException's constructor, laid out as dart format would for `error`'s name. */
function unauthenticatedConstructor(error: string): string {
  const parameters = [`${error} error`, 'String body', 'String? receivedCode'];
  const head = parameterList('  ', 'UnauthenticatedException._', parameters, [], '');
  const initializer = 'super._received(status, error, body, receivedCode);';
  // A split parameter list keeps the initializer after `)`; a one-line one moves it down.
  return head.includes('\n') ? `${head} : ${initializer}` : `${head}\n    : ${initializer}`;
}

/** The Dart source of lib/src/api_exception.dart. */
export function renderApiException(
  components: Record<string, JsonSchema>,
  packageName: string,
): string {
  const codeEnum = fallbackShape(components);
  const error = dartTypeName(ERROR_COMPONENT);
  const { member, code, message } = FALLBACK_NAMES;
  const imports = importLines(['dart:convert', barrelImport(packageName)]);
  return `${lineCommentHeader(CLIENT_TARGET)}
${imports.join('\n')}

/// Thrown by \`ApiClient\` when the API answers with a status outside 2xx.
///
/// [error] is the API's typed error body. When the body is not a readable
/// \`${ERROR_COMPONENT}\` (a proxy's HTML page, an empty 502), [error] has the code
/// \`${FALLBACK_CODE}\` and [body] still holds the raw text.
class ApiException implements Exception {
  ApiException(this.statusCode, this.error, {this.body = ''})
    : _receivedCode = null;

  ApiException._received(
    this.statusCode,
    this.error,
    this.body,
    this._receivedCode,
  );

  /// Reads an error response. Never throws, whatever the body holds. A 401
  /// becomes an [UnauthenticatedException], a 426 an
  /// [UpdateRequiredException].
  factory ApiException.fromResponse(int statusCode, String body) {
    Object? json;
    ${error} error;
    try {
      json = jsonDecode(body);
      error = ${error}.fromJson(json);
    } on FormatException {
      error = ${error}(
        ${code}: ${codeEnum}.${member},
        ${message}: 'HTTP $statusCode with a body that is not an ${ERROR_COMPONENT}',
      );
    }
    final receivedCode = _stringIn(json, 'code');
    if (statusCode == UnauthenticatedException.status) {
      return UnauthenticatedException._(error, body, receivedCode);
    }
    if (statusCode == UpdateRequiredException.status) {
      return UpdateRequiredException._(
        error,
        body,
        receivedCode,
        _stringIn(json, 'minimumAppVersion'),
      );
    }
    return ApiException._received(statusCode, error, body, receivedCode);
  }

  static String? _stringIn(Object? json, String key) {
    final value = json is Map ? json[key] : null;
    return value is String ? value : null;
  }

  /// The HTTP status of the response.
  final int statusCode;

  /// The error the API reported; switch on its \`code\`, never on \`message\`.
  final ${error} error;

  /// The raw response body, for logs.
  final String body;

  /// The code as received, for [toString]: one added after this package was
  /// generated decodes as \`unknown\`.
  final String? _receivedCode;

  // Never through toJson(), which throws for an \`unknown\` no JSON came with.
  @override
  String toString() {
    final code = error.${code};
    final text = code.isUnknown ? _receivedCode ?? 'unknown' : code.toJson();
    return 'ApiException($statusCode, $text): \${error.${message}}';
  }
}

/// Thrown instead of [ApiException] when the API answers 401 (code
/// \`UNAUTHENTICATED\`): the call needs a signed-in user and the request had
/// no session token, or one the API no longer accepts (malformed, expired, or
/// logged out). Catch it near the top of the app: forget the stored session
/// and show the log-in screen.
///
/// A log-in with wrong credentials is answered 401 too: there, show
/// \`error.message\` on the log-in screen instead.
class UnauthenticatedException extends ApiException {
${unauthenticatedConstructor(error)}

  /// The HTTP status of the answer: 401 Unauthorized.
  static const status = 401;
}

/// Thrown instead of [ApiException] when the API no longer serves this app
/// version (HTTP 426, code \`UPDATE_REQUIRED\`): every call will fail the same
/// way until the user installs an update, so catch it once, near the top, and
/// send the user to the store.
class UpdateRequiredException extends ApiException {
  UpdateRequiredException._(
    ${error} error,
    String body,
    String? receivedCode,
    this.minimumAppVersion,
  ) : super._received(status, error, body, receivedCode);

  /// The HTTP status of the answer: 426 Upgrade Required.
  static const status = 426;

  /// The oldest app version the API still serves, when it said.
  final String? minimumAppVersion;
}
`;
}
