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
    String? minimumAppVersion,
  }) : this._(
         const {},
         code: code,
         message: message,
         details: frozenOrNull(details, (e0) => frozenList(e0)),
         minimumAppVersion: minimumAppVersion,
       );

  const ApiError._(this._unknownWire, {
    required this.code,
    required this.message,
    this.details,
    this.minimumAppVersion,
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
      minimumAppVersion: readOptionalField(
        map,
        'minimumAppVersion',
        path,
        readString,
      ),
    );
  }

  final ErrorCode code;
  final String message;
  final List<ErrorDetail>? details;
  final String? minimumAppVersion;

  /// The JSON of fields that held enum values this version does not know,
  /// written back unchanged by [toJson] until the field is replaced.
  final Map<String, Object?> _unknownWire;

  Map<String, Object?> toJson() => {
    'code': _unknownWire['code'] ?? code.toJson(),
    'message': message,
    if (details != null) 'details': [for (final e0 in details!) e0.toJson()],
    if (minimumAppVersion != null) 'minimumAppVersion': minimumAppVersion,
  };

  ApiError copyWith({
    ErrorCode? code,
    String? message,
    List<ErrorDetail>? Function()? details,
    String? Function()? minimumAppVersion,
  }) {
    return ApiError._(
      keepWire(_unknownWire, [if (code != null) 'code']),
      code: code ?? this.code,
      message: message ?? this.message,
      details: details == null
          ? this.details
          : frozenOrNull(details(), (e0) => frozenList(e0)),
      minimumAppVersion: minimumAppVersion == null
          ? this.minimumAppVersion
          : minimumAppVersion(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is ApiError &&
          code == other.code &&
          message == other.message &&
          deepEquals(details, other.details) &&
          minimumAppVersion == other.minimumAppVersion &&
          deepEquals(_unknownWire, other._unknownWire);

  @override
  int get hashCode => Object.hash(
    code,
    message,
    deepHash(details),
    minimumAppVersion,
    deepHash(_unknownWire),
  );

  @override
  String toString() =>
      'ApiError(code: ${_unknownWire['code'] ?? code}, message: $message, '
      'details: $details, minimumAppVersion: $minimumAppVersion)';
}
