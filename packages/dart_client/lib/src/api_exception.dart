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
  ApiException(this.statusCode, this.error, {this.body = ''});

  /// Reads an error response. Never throws, whatever the body holds.
  factory ApiException.fromResponse(int statusCode, String body) {
    try {
      final error = ApiError.fromJson(jsonDecode(body));
      return ApiException(statusCode, error, body: body);
    } on FormatException {
      final error = ApiError.fromJson({
        'code': 'INTERNAL',
        'message': 'HTTP $statusCode with a body that is not an ApiError',
      });
      return ApiException(statusCode, error, body: body);
    }
  }

  /// The HTTP status of the response.
  final int statusCode;

  /// The error the API reported; switch on its `code`, never on `message`.
  final ApiError error;

  /// The raw response body, for logs.
  final String body;

  // The code as received: an enum value added after this package was generated
  // decodes as `unknown`, and toJson() writes back the original text.
  @override
  String toString() =>
      'ApiException($statusCode, ${error.toJson()['code']}): ${error.message}';
}
