// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'task.dart';

/// One page: at most `limit` items and about 1048576 bytes of them, so a page
/// may hold fewer than `limit` with more to come. Follow `nextCursor` until it
/// is null.
@immutable
final class TaskPage {
  TaskPage({
    required List<Task> items,
    required String? nextCursor,
  }) : this._(items: frozenList(items), nextCursor: nextCursor);

  const TaskPage._({required this.items, required this.nextCursor});

  factory TaskPage.fromJson(Object? json, [String path = 'TaskPage']) {
    final map = readObject(json, path);
    return TaskPage._(
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
    return TaskPage._(
      items: items == null ? this.items : frozenList(items),
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
  int get hashCode => Object.hash(deepHash(items), nextCursor);

  @override
  String toString() => 'TaskPage(items: $items, nextCursor: $nextCursor)';
}
