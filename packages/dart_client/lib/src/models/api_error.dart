// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'error_code.dart';
import 'error_detail.dart';

@immutable
final class ApiError {
  ApiError({
    required ErrorCode code,
    required String message,
    List<ErrorDetail>? details,
  }) : this._(
         const {},
         code: code,
         message: message,
         details: frozenOrNull(details, (e0) => frozenList(e0)),
       );

  const ApiError._(this._unknownWire, {
    required this.code,
    required this.message,
    this.details,
  });

  factory ApiError.fromJson(Object? json, [String path = 'ApiError']) {
    final map = readObject(json, path);
    final ErrorCode codeValue = readField(
      map,
      'code',
      path,
      ErrorCode.fromJson,
    );
    return ApiError._(
      unknownWireOf(map, {'code': codeValue}),
      code: codeValue,
      message: readField(map, 'message', path, readString),
      details: readOptionalField(
        map,
        'details',
        path,
        listOf(ErrorDetail.fromJson),
      ),
    );
  }

  final ErrorCode code;
  final String message;
  final List<ErrorDetail>? details;

  /// The JSON of fields that held enum values this version does not know,
  /// written back unchanged by [toJson] until the field is replaced.
  final Map<String, Object?> _unknownWire;

  Map<String, Object?> toJson() => {
    'code': _unknownWire['code'] ?? code.toJson(),
    'message': message,
    if (details != null) 'details': [for (final e0 in details!) e0.toJson()],
  };

  ApiError copyWith({
    ErrorCode? code,
    String? message,
    List<ErrorDetail>? Function()? details,
  }) {
    return ApiError._(
      keepWire(_unknownWire, [if (code != null) 'code']),
      code: code ?? this.code,
      message: message ?? this.message,
      details: details == null
          ? this.details
          : frozenOrNull(details(), (e0) => frozenList(e0)),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is ApiError &&
          code == other.code &&
          message == other.message &&
          deepEquals(details, other.details) &&
          deepEquals(_unknownWire, other._unknownWire);

  @override
  int get hashCode => Object.hash(
    code,
    message,
    deepHash(details),
    deepHash(_unknownWire),
  );

  @override
  String toString() =>
      'ApiError(code: ${_unknownWire['code'] ?? code}, message: $message, '
      'details: $details)';
}
