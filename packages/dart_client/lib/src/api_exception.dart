// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'dart:convert';

import '../acme_api.dart';

/// Thrown by `ApiClient` when the API answers with a status outside 2xx.
///
/// [error] is the API's typed error body. When the body is not a readable
/// `ApiError` (a proxy's HTML page, an empty 502), [error] has the code
/// `INTERNAL` and [body] still holds the raw text.
class ApiException implements Exception {
  ApiException(this.statusCode, this.error, {this.body = ''})
    : _receivedCode = null;

  ApiException._received(
    this.statusCode,
    this.error,
    this.body,
    this._receivedCode,
  );

  /// Reads an error response. Never throws, whatever the body holds.
  factory ApiException.fromResponse(int statusCode, String body) {
    try {
      final Object? json = jsonDecode(body);
      final error = ApiError.fromJson(json);
      return ApiException._received(statusCode, error, body, _codeIn(json));
    } on FormatException {
      final error = ApiError(
        code: ErrorCode.internal,
        message: 'HTTP $statusCode with a body that is not an ApiError',
      );
      return ApiException(statusCode, error, body: body);
    }
  }

  static String? _codeIn(Object? json) {
    final code = json is Map ? json['code'] : null;
    return code is String ? code : null;
  }

  /// The HTTP status of the response.
  final int statusCode;

  /// The error the API reported; switch on its `code`, never on `message`.
  final ApiError error;

  /// The raw response body, for logs.
  final String body;

  /// The code as received, for [toString]: one added after this package was
  /// generated decodes as `unknown`.
  final String? _receivedCode;

  // Never through toJson(), which throws for an `unknown` no JSON came with.
  @override
  String toString() {
    final code = error.code;
    final text = code.isUnknown ? _receivedCode ?? 'unknown' : code.toJson();
    return 'ApiException($statusCode, $text): ${error.message}';
  }
}
