// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'task_status.dart';

@immutable
final class ProjectSettings {
  const ProjectSettings({
    this.defaultStatus = TaskStatus.todo,
    this.color = '#3b82f6',
    this.archived = false,
  }) : _unknownWire = const {};

  const ProjectSettings._(this._unknownWire, {
    this.defaultStatus = TaskStatus.todo,
    this.color = '#3b82f6',
    this.archived = false,
  });

  factory ProjectSettings.fromJson(
    Object? json, [
    String path = 'ProjectSettings',
  ]) {
    final map = readObject(json, path);
    final TaskStatus defaultStatusValue = readDefaultedField(
      map,
      'defaultStatus',
      path,
      TaskStatus.fromJson,
      TaskStatus.todo,
    );
    return ProjectSettings._(
      unknownWireOf(map, {'defaultStatus': defaultStatusValue}),
      defaultStatus: defaultStatusValue,
      color: readDefaultedField(map, 'color', path, readString, '#3b82f6'),
      archived: readDefaultedField(map, 'archived', path, readBool, false),
    );
  }

  final TaskStatus defaultStatus;
  final String color;
  final bool archived;

  /// The JSON of fields that held enum values this version does not know,
  /// written back unchanged by [toJson] until the field is replaced.
  final Map<String, Object?> _unknownWire;

  Map<String, Object?> toJson() => {
    'defaultStatus': _unknownWire['defaultStatus'] ?? defaultStatus.toJson(),
    'color': color,
    'archived': archived,
  };

  ProjectSettings copyWith({
    TaskStatus? defaultStatus,
    String? color,
    bool? archived,
  }) {
    return ProjectSettings._(
      keepWire(_unknownWire, [if (defaultStatus != null) 'defaultStatus']),
      defaultStatus: defaultStatus ?? this.defaultStatus,
      color: color ?? this.color,
      archived: archived ?? this.archived,
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is ProjectSettings &&
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
      'ProjectSettings('
      'defaultStatus: ${_unknownWire['defaultStatus'] ?? defaultStatus}, '
      'color: $color, archived: $archived)';
}
