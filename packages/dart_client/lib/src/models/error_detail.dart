// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'error_location.dart';

@immutable
final class ErrorDetail {
  const ErrorDetail({
    required this.location,
    required this.path,
    required this.message,
  }) : _unknownWire = const {};

  const ErrorDetail._(this._unknownWire, {
    required this.location,
    required this.path,
    required this.message,
  });

  factory ErrorDetail.fromJson(Object? json, [String path = 'ErrorDetail']) {
    final map = readObject(json, path);
    final ErrorLocation locationValue = readField(
      map,
      'location',
      path,
      ErrorLocation.fromJson,
    );
    return ErrorDetail._(
      unknownWireOf(map, {'location': locationValue}),
      location: locationValue,
      path: readField(map, 'path', path, readString),
      message: readField(map, 'message', path, readString),
    );
  }

  final ErrorLocation location;
  final String path;
  final String message;

  /// The JSON of fields that held enum values this version does not know,
  /// written back unchanged by [toJson] until the field is replaced.
  final Map<String, Object?> _unknownWire;

  Map<String, Object?> toJson() => {
    'location': _unknownWire['location'] ?? location.toJson(),
    'path': path,
    'message': message,
  };

  ErrorDetail copyWith({
    ErrorLocation? location,
    String? path,
    String? message,
  }) {
    return ErrorDetail._(
      keepWire(_unknownWire, [if (location != null) 'location']),
      location: location ?? this.location,
      path: path ?? this.path,
      message: message ?? this.message,
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is ErrorDetail &&
          location == other.location &&
          path == other.path &&
          message == other.message &&
          deepEquals(_unknownWire, other._unknownWire);

  @override
  int get hashCode => Object.hash(
    location,
    path,
    message,
    deepHash(_unknownWire),
  );

  @override
  String toString() =>
      'ErrorDetail(location: ${_unknownWire['location'] ?? location}, '
      'path: $path, message: $message)';
}
