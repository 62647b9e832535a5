// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import '../json_helpers.dart';

enum ErrorCode implements WireEnum {
  notFound('NOT_FOUND'),
  validationFailed('VALIDATION_FAILED'),
  unauthenticated('UNAUTHENTICATED'),
  forbidden('FORBIDDEN'),
  conflict('CONFLICT'),
  rateLimited('RATE_LIMITED'),
  payloadTooLarge('PAYLOAD_TOO_LARGE'),
  unsupportedMediaType('UNSUPPORTED_MEDIA_TYPE'),
  requestTimeout('REQUEST_TIMEOUT'),
  headersTooLarge('HEADERS_TOO_LARGE'),
  updateRequired('UPDATE_REQUIRED'),
  unavailable('UNAVAILABLE'),
  internal('INTERNAL'),

  /// A value added to the contract after this package was generated.
  unknown(null);

  const ErrorCode(this._wire);

  final String? _wire;

  /// The member for a wire value; [unknown] for a value this version does not
  /// know, so that a newer server does not break an older app.
  static ErrorCode fromJson(Object? json, [String path = 'ErrorCode']) =>
      switch (readString(json, path)) {
        'NOT_FOUND' => notFound,
        'VALIDATION_FAILED' => validationFailed,
        'UNAUTHENTICATED' => unauthenticated,
        'FORBIDDEN' => forbidden,
        'CONFLICT' => conflict,
        'RATE_LIMITED' => rateLimited,
        'PAYLOAD_TOO_LARGE' => payloadTooLarge,
        'UNSUPPORTED_MEDIA_TYPE' => unsupportedMediaType,
        'REQUEST_TIMEOUT' => requestTimeout,
        'HEADERS_TOO_LARGE' => headersTooLarge,
        'UPDATE_REQUIRED' => updateRequired,
        'UNAVAILABLE' => unavailable,
        'INTERNAL' => internal,
        _ => unknown,
      };

  @override
  bool get isUnknown => this == unknown;

  /// The wire value. [unknown] has none: the model that decoded it writes
  /// the value it received instead; sending a new [unknown] is a bug.
  String toJson() =>
      _wire ?? (throw StateError('ErrorCode.unknown has no wire value'));
}
