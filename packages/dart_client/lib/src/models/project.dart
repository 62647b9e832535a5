// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'project_settings.dart';

@immutable
final class Project {
  Project({
    required String id,
    required String name,
    String? description,
    required String ownerId,
    required ProjectSettings settings,
    required DateTime createdAt,
  }) : this._(
         id: id,
         name: name,
         description: description,
         ownerId: ownerId,
         settings: settings,
         createdAt: createdAt.toUtc(),
       );

  const Project._({
    required this.id,
    required this.name,
    this.description,
    required this.ownerId,
    required this.settings,
    required this.createdAt,
  });

  factory Project.fromJson(Object? json, [String path = 'Project']) {
    final map = readObject(json, path);
    return Project._(
      id: readField(map, 'id', path, readString),
      name: readField(map, 'name', path, readString),
      description: readOptionalField(map, 'description', path, readString),
      ownerId: readField(map, 'ownerId', path, readString),
      settings: readField(map, 'settings', path, ProjectSettings.fromJson),
      createdAt: readField(map, 'createdAt', path, readDateTime),
    );
  }

  final String id;
  final String name;
  final String? description;
  final String ownerId;
  final ProjectSettings settings;
  final DateTime createdAt;

  Map<String, Object?> toJson() => {
    'id': id,
    'name': name,
    if (description != null) 'description': description,
    'ownerId': ownerId,
    'settings': settings.toJson(),
    'createdAt': writeDateTime(createdAt),
  };

  Project copyWith({
    String? id,
    String? name,
    String? Function()? description,
    String? ownerId,
    ProjectSettings? settings,
    DateTime? createdAt,
  }) {
    return Project._(
      id: id ?? this.id,
      name: name ?? this.name,
      description: description == null ? this.description : description(),
      ownerId: ownerId ?? this.ownerId,
      settings: settings ?? this.settings,
      createdAt: createdAt == null ? this.createdAt : createdAt.toUtc(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is Project &&
          id == other.id &&
          name == other.name &&
          description == other.description &&
          ownerId == other.ownerId &&
          settings == other.settings &&
          createdAt == other.createdAt;

  @override
  int get hashCode => Object.hash(
    id,
    name,
    description,
    ownerId,
    settings,
    createdAt,
  );

  @override
  String toString() =>
      'Project(id: $id, name: $name, description: $description, '
      'ownerId: $ownerId, settings: $settings, createdAt: $createdAt)';
}
