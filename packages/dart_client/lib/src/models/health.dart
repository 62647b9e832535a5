// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'database_health.dart';

@immutable
final class Health {
  const Health({
    required this.status,
    required this.version,
    required this.database,
  }) : _unknownWire = const {};

  const Health._(this._unknownWire, {
    required this.status,
    required this.version,
    required this.database,
  });

  factory Health.fromJson(Object? json, [String path = 'Health']) {
    final map = readObject(json, path);
    final HealthStatus statusValue = readField(
      map,
      'status',
      path,
      HealthStatus.fromJson,
    );
    return Health._(
      unknownWireOf(map, {'status': statusValue}),
      status: statusValue,
      version: readField(map, 'version', path, readString),
      database: readField(map, 'database', path, DatabaseHealth.fromJson),
    );
  }

  final HealthStatus status;
  final String version;
  final DatabaseHealth database;

  /// The JSON of fields that held enum values this version does not know,
  /// written back unchanged by [toJson] until the field is replaced.
  final Map<String, Object?> _unknownWire;

  Map<String, Object?> toJson() => {
    'status': _unknownWire['status'] ?? status.toJson(),
    'version': version,
    'database': database.toJson(),
  };

  Health copyWith({
    HealthStatus? status,
    String? version,
    DatabaseHealth? database,
  }) {
    return Health._(
      keepWire(_unknownWire, [if (status != null) 'status']),
      status: status ?? this.status,
      version: version ?? this.version,
      database: database ?? this.database,
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is Health &&
          status == other.status &&
          version == other.version &&
          database == other.database &&
          deepEquals(_unknownWire, other._unknownWire);

  @override
  int get hashCode => Object.hash(
    status,
    version,
    database,
    deepHash(_unknownWire),
  );

  @override
  String toString() =>
      'Health(status: ${_unknownWire['status'] ?? status}, '
      'version: $version, database: $database)';
}

enum HealthStatus implements WireEnum {
  ok('ok'),
  degraded('degraded'),

  /// A value added to the contract after this package was generated.
  unknown(null);

  const HealthStatus(this._wire);

  final String? _wire;

  /// The member for a wire value; [unknown] for a value this version does not
  /// know, so that a newer server does not break an older app.
  static HealthStatus fromJson(Object? json, [String path = 'HealthStatus']) =>
      switch (readString(json, path)) {
        'ok' => ok,
        'degraded' => degraded,
        _ => unknown,
      };

  @override
  bool get isUnknown => this == unknown;

  /// The wire value. [unknown] has none: the model that decoded it writes
  /// the value it received instead; sending a new [unknown] is a bug.
  String toJson() =>
      _wire ?? (throw StateError('HealthStatus.unknown has no wire value'));
}
