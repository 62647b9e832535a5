// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'project_settings_input.dart';

@immutable
final class CreateProjectInput {
  const CreateProjectInput({
    required this.name,
    this.description,
    required this.ownerId,
    this.settings,
  });

  factory CreateProjectInput.fromJson(
    Object? json, [
    String path = 'CreateProjectInput',
  ]) {
    final map = readObject(json, path);
    return CreateProjectInput(
      name: readField(map, 'name', path, readString),
      description: readOptionalField(map, 'description', path, readString),
      ownerId: readField(map, 'ownerId', path, readString),
      settings: readOptionalField(
        map,
        'settings',
        path,
        ProjectSettingsInput.fromJson,
      ),
    );
  }

  final String name;
  final String? description;

  /// The signed-in user's id: a project is created for its owner (FORBIDDEN
  /// otherwise).
  final String ownerId;
  final ProjectSettingsInput? settings;

  Map<String, Object?> toJson() => {
    'name': name,
    if (description != null) 'description': description,
    'ownerId': ownerId,
    if (settings != null) 'settings': settings!.toJson(),
  };

  CreateProjectInput copyWith({
    String? name,
    String? Function()? description,
    String? ownerId,
    ProjectSettingsInput? Function()? settings,
  }) {
    return CreateProjectInput(
      name: name ?? this.name,
      description: description == null ? this.description : description(),
      ownerId: ownerId ?? this.ownerId,
      settings: settings == null ? this.settings : settings(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is CreateProjectInput &&
          name == other.name &&
          description == other.description &&
          ownerId == other.ownerId &&
          settings == other.settings;

  @override
  int get hashCode => Object.hash(name, description, ownerId, settings);

  @override
  String toString() =>
      'CreateProjectInput(name: $name, description: $description, '
      'ownerId: $ownerId, settings: $settings)';
}
