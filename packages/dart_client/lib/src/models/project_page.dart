// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import '../json_helpers.dart';
import 'project.dart';

final class ProjectPage {
  const ProjectPage({required this.items, required this.nextCursor});

  factory ProjectPage.fromJson(Object? json, [String path = 'ProjectPage']) {
    final map = readObject(json, path);
    return ProjectPage(
      items: readField(map, 'items', path, listOf(Project.fromJson)),
      nextCursor: readField(map, 'nextCursor', path, nullableOf(readString)),
    );
  }

  final List<Project> items;
  final String? nextCursor;

  Map<String, Object?> toJson() => {
    'items': [for (final e0 in items) e0.toJson()],
    'nextCursor': nextCursor,
  };

  ProjectPage copyWith({List<Project>? items, String? Function()? nextCursor}) {
    return ProjectPage(
      items: items ?? this.items,
      nextCursor: nextCursor == null ? this.nextCursor : nextCursor(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is ProjectPage &&
          deepEquals(items, other.items) &&
          nextCursor == other.nextCursor;

  @override
  int get hashCode => Object.hashAll([deepHash(items), nextCursor]);

  @override
  String toString() => 'ProjectPage(${toJson()})';
}
