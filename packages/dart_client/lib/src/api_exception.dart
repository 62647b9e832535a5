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

  /// Reads an error response. Never throws, whatever the body holds. A 401
  /// becomes an [UnauthenticatedException], a 426 an
  /// [UpdateRequiredException].
  factory ApiException.fromResponse(int statusCode, String body) {
    Object? json;
    ApiError error;
    try {
      json = jsonDecode(body);
      error = ApiError.fromJson(json);
    } on FormatException {
      error = ApiError(
        code: ErrorCode.internal,
        message: 'HTTP $statusCode with a body that is not an ApiError',
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

/// Thrown instead of [ApiException] when the API answers 401 (code
/// `UNAUTHENTICATED`): the call needs a signed-in user and the request had
/// no session token, or one the API no longer accepts (malformed, expired, or
/// logged out). Catch it near the top of the app: forget the stored session
/// and show the log-in screen.
///
/// A log-in with wrong credentials is answered 401 too: there, show
/// `error.message` on the log-in screen instead.
class UnauthenticatedException extends ApiException {
  UnauthenticatedException._(ApiError error, String body, String? receivedCode)
    : super._received(status, error, body, receivedCode);

  /// The HTTP status of the answer: 401 Unauthorized.
  static const status = 401;
}

/// Thrown instead of [ApiException] when the API no longer serves this app
/// version (HTTP 426, code `UPDATE_REQUIRED`): every call will fail the same
/// way until the user installs an update, so catch it once, near the top, and
/// send the user to the store.
class UpdateRequiredException extends ApiException {
  UpdateRequiredException._(
    ApiError error,
    String body,
    String? receivedCode,
    this.minimumAppVersion,
  ) : super._received(status, error, body, receivedCode);

  /// The HTTP status of the answer: 426 Upgrade Required.
  static const status = 426;

  /// The oldest app version the API still serves, when it said.
  final String? minimumAppVersion;
}
