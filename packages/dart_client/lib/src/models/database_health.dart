// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';

@immutable
final class DatabaseHealth {
  const DatabaseHealth({
    required this.status,
    required this.driver,
    this.latencyMs,
  }) : _unknownWire = const {};

  const DatabaseHealth._(this._unknownWire, {
    required this.status,
    required this.driver,
    this.latencyMs,
  });

  factory DatabaseHealth.fromJson(
    Object? json, [
    String path = 'DatabaseHealth',
  ]) {
    final map = readObject(json, path);
    final DatabaseHealthStatus statusValue = readField(
      map,
      'status',
      path,
      DatabaseHealthStatus.fromJson,
    );
    final DatabaseHealthDriver driverValue = readField(
      map,
      'driver',
      path,
      DatabaseHealthDriver.fromJson,
    );
    return DatabaseHealth._(
      unknownWireOf(map, {'status': statusValue, 'driver': driverValue}),
      status: statusValue,
      driver: driverValue,
      latencyMs: readOptionalField(map, 'latencyMs', path, readDouble),
    );
  }

  final DatabaseHealthStatus status;
  final DatabaseHealthDriver driver;
  final double? latencyMs;

  /// The JSON of fields that held enum values this version does not know,
  /// written back unchanged by [toJson] until the field is replaced.
  final Map<String, Object?> _unknownWire;

  Map<String, Object?> toJson() => {
    'status': _unknownWire['status'] ?? status.toJson(),
    'driver': _unknownWire['driver'] ?? driver.toJson(),
    if (latencyMs != null) 'latencyMs': latencyMs,
  };

  DatabaseHealth copyWith({
    DatabaseHealthStatus? status,
    DatabaseHealthDriver? driver,
    double? Function()? latencyMs,
  }) {
    return DatabaseHealth._(
      keepWire(
        _unknownWire,
        [if (status != null) 'status', if (driver != null) 'driver'],
      ),
      status: status ?? this.status,
      driver: driver ?? this.driver,
      latencyMs: latencyMs == null ? this.latencyMs : latencyMs(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is DatabaseHealth &&
          status == other.status &&
          driver == other.driver &&
          latencyMs == other.latencyMs &&
          deepEquals(_unknownWire, other._unknownWire);

  @override
  int get hashCode => Object.hash(
    status,
    driver,
    latencyMs,
    deepHash(_unknownWire),
  );

  @override
  String toString() =>
      'DatabaseHealth(status: ${_unknownWire['status'] ?? status}, '
      'driver: ${_unknownWire['driver'] ?? driver}, latencyMs: $latencyMs)';
}

enum DatabaseHealthDriver implements WireEnum {
  pglite('pglite'),
  postgres('postgres'),

  /// A value added to the contract after this package was generated.
  unknown(null);

  const DatabaseHealthDriver(this._wire);

  final String? _wire;

  /// The member for a wire value; [unknown] for a value this version does not
  /// know, so that a newer server does not break an older app.
  static DatabaseHealthDriver fromJson(
    Object? json, [
    String path = 'DatabaseHealthDriver',
  ]) =>
      switch (readString(json, path)) {
        'pglite' => pglite,
        'postgres' => postgres,
        _ => unknown,
      };

  @override
  bool get isUnknown => this == unknown;

  /// The wire value. [unknown] has none: the model that decoded it writes
  /// the value it received instead; sending a new [unknown] is a bug.
  String toJson() =>
      _wire ??
      (throw StateError('DatabaseHealthDriver.unknown has no wire value'));
}

enum DatabaseHealthStatus implements WireEnum {
  up('up'),
  down('down'),

  /// A value added to the contract after this package was generated.
  unknown(null);

  const DatabaseHealthStatus(this._wire);

  final String? _wire;

  /// The member for a wire value; [unknown] for a value this version does not
  /// know, so that a newer server does not break an older app.
  static DatabaseHealthStatus fromJson(
    Object? json, [
    String path = 'DatabaseHealthStatus',
  ]) =>
      switch (readString(json, path)) {
        'up' => up,
        'down' => down,
        _ => unknown,
      };

  @override
  bool get isUnknown => this == unknown;

  /// The wire value. [unknown] has none: the model that decoded it writes
  /// the value it received instead; sending a new [unknown] is a bug.
  String toJson() =>
      _wire ??
      (throw StateError('DatabaseHealthStatus.unknown has no wire value'));
}
