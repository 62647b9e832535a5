// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import '../json_helpers.dart';
import 'task.dart';

final class TaskPage {
  const TaskPage({required this.items, required this.nextCursor});

  factory TaskPage.fromJson(Object? json, [String path = 'TaskPage']) {
    final map = readObject(json, path);
    return TaskPage(
      items: readField(map, 'items', path, listOf(Task.fromJson)),
      nextCursor: readField(map, 'nextCursor', path, nullableOf(readString)),
    );
  }

  final List<Task> items;
  final String? nextCursor;

  Map<String, Object?> toJson() => {
    'items': [for (final e0 in items) e0.toJson()],
    'nextCursor': nextCursor,
  };

  TaskPage copyWith({List<Task>? items, String? Function()? nextCursor}) {
    return TaskPage(
      items: items ?? this.items,
      nextCursor: nextCursor == null ? this.nextCursor : nextCursor(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is TaskPage &&
          deepEquals(items, other.items) &&
          nextCursor == other.nextCursor;

  @override
  int get hashCode => Object.hashAll([deepHash(items), nextCursor]);

  @override
  String toString() => 'TaskPage(${toJson()})';
}
