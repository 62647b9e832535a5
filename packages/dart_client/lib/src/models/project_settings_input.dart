// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'task_status.dart';

@immutable
final class ProjectSettingsInput {
  const ProjectSettingsInput({
    this.defaultStatus,
    this.color,
    this.archived,
  }) : _unknownWire = const {};

  const ProjectSettingsInput._(this._unknownWire, {
    this.defaultStatus,
    this.color,
    this.archived,
  });

  factory ProjectSettingsInput.fromJson(
    Object? json, [
    String path = 'ProjectSettingsInput',
  ]) {
    final map = readObject(json, path);
    final TaskStatus? defaultStatusValue = readOptionalField(
      map,
      'defaultStatus',
      path,
      TaskStatus.fromJson,
    );
    return ProjectSettingsInput._(
      unknownWireOf(map, {'defaultStatus': defaultStatusValue}),
      defaultStatus: defaultStatusValue,
      color: readOptionalField(map, 'color', path, readString),
      archived: readOptionalField(map, 'archived', path, readBool),
    );
  }

  final TaskStatus? defaultStatus;
  final String? color;
  final bool? archived;

  /// The JSON of fields that held enum values this version does not know,
  /// written back unchanged by [toJson] until the field is replaced.
  final Map<String, Object?> _unknownWire;

  Map<String, Object?> toJson() => {
    if (defaultStatus != null)
      'defaultStatus': _unknownWire['defaultStatus'] ?? defaultStatus!.toJson(),
    if (color != null) 'color': color,
    if (archived != null) 'archived': archived,
  };

  ProjectSettingsInput copyWith({
    TaskStatus? Function()? defaultStatus,
    String? Function()? color,
    bool? Function()? archived,
  }) {
    return ProjectSettingsInput._(
      keepWire(_unknownWire, [if (defaultStatus != null) 'defaultStatus']),
      defaultStatus: defaultStatus == null
          ? this.defaultStatus
          : defaultStatus(),
      color: color == null ? this.color : color(),
      archived: archived == null ? this.archived : archived(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is ProjectSettingsInput &&
          defaultStatus == other.defaultStatus &&
          color == other.color &&
          archived == other.archived &&
          deepEquals(_unknownWire, other._unknownWire);

  @override
  int get hashCode => Object.hash(
    defaultStatus,
    color,
    archived,
    deepHash(_unknownWire),
  );

  @override
  String toString() =>
      'ProjectSettingsInput('
      'defaultStatus: ${_unknownWire['defaultStatus'] ?? defaultStatus}, '
      'color: $color, archived: $archived)';
}
