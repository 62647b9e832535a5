// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'project.dart';

/// One page: at most `limit` items and about 1048576 bytes of them, so a page
/// may hold fewer than `limit` with more to come. Follow `nextCursor` until it
/// is null.
@immutable
final class ProjectPage {
  ProjectPage({
    required List<Project> items,
    required String? nextCursor,
  }) : this._(items: frozenList(items), nextCursor: nextCursor);

  const ProjectPage._({required this.items, required this.nextCursor});

  factory ProjectPage.fromJson(Object? json, [String path = 'ProjectPage']) {
    final map = readObject(json, path);
    return ProjectPage._(
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
    return ProjectPage._(
      items: items == null ? this.items : frozenList(items),
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
  int get hashCode => Object.hash(deepHash(items), nextCursor);

  @override
  String toString() => 'ProjectPage(items: $items, nextCursor: $nextCursor)';
}
