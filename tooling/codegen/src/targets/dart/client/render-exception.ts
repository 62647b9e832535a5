/** lib/src/api_exception.dart: the typed error every failing call throws. */
import type { JsonSchema } from '@acme/contract';
import { CodegenError } from '../../../errors.js';
import { lineCommentHeader } from '../../../pipeline/header.js';
import { dartTypeName } from '../naming.js';
import { dartString, importLines } from './layout.js';
import { componentOf } from './operations.js';
import { barrelImport, CLIENT_TARGET } from './render-client.js';

/** The component of the API's one error shape (`ApiError` in the contract). */
export const ERROR_COMPONENT = 'ApiError';
/** The code a body that is not an ApiError is reported with: the server failed somewhere. */
const FALLBACK_CODE = 'INTERNAL';

/**
 * Checks that the error shape can be built from just a code and a message, which is what the
 * fallback for unreadable error bodies needs.
 */
function fallbackShape(components: Record<string, JsonSchema>) {
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
}

/** The Dart source of lib/src/api_exception.dart. */
export function renderApiException(
  components: Record<string, JsonSchema>,
  packageName: string,
): string {
  fallbackShape(components);
  const error = dartTypeName(ERROR_COMPONENT);
  const imports = importLines(['dart:convert', barrelImport(packageName)]);
  return `${lineCommentHeader(CLIENT_TARGET)}
${imports.join('\n')}

/// Thrown by \`ApiClient\` when the API answers with a status outside 2xx.
///
/// [error] is the API's typed error body. When the body is not a readable
/// \`${ERROR_COMPONENT}\` (a proxy's HTML page, an empty 502), [error] has the code
/// \`${FALLBACK_CODE}\` and [body] still holds the raw text.
class ApiException implements Exception {
  ApiException(this.statusCode, this.error, {this.body = ''});

  /// Reads an error response. Never throws, whatever the body holds.
  factory ApiException.fromResponse(int statusCode, String body) {
    try {
      final error = ${error}.fromJson(jsonDecode(body));
      return ApiException(statusCode, error, body: body);
    } on FormatException {
      final error = ${error}.fromJson({
        'code': ${dartString(FALLBACK_CODE)},
        'message': 'HTTP $statusCode with a body that is not an ${ERROR_COMPONENT}',
      });
      return ApiException(statusCode, error, body: body);
    }
  }

  /// The HTTP status of the response.
  final int statusCode;

  /// The error the API reported; switch on its \`code\`, never on \`message\`.
  final ${error} error;

  /// The raw response body, for logs.
  final String body;

  // The code as received: an enum value added after this package was generated
  // decodes as \`unknown\`, and toJson() writes back the original text.
  @override
  String toString() =>
      'ApiException($statusCode, \${error.toJson()['code']}): \${error.message}';
}
`;
}
