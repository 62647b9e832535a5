// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import '../json_helpers.dart';

final class ChecklistItem {
  const ChecklistItem({
    required this.text,
    this.done = false,
    this.children = const [],
  });

  factory ChecklistItem.fromJson(
    Object? json, [
    String path = 'ChecklistItem',
  ]) {
    final map = readObject(json, path);
    return ChecklistItem(
      text: readField(map, 'text', path, readString),
      done: readDefaultedField(map, 'done', path, readBool, false),
      children: readDefaultedField(
        map,
        'children',
        path,
        listOf(ChecklistItem.fromJson),
        const [],
      ),
    );
  }

  final String text;
  final bool done;
  final List<ChecklistItem> children;

  Map<String, Object?> toJson() => {
    'text': text,
    'done': done,
    'children': [for (final e0 in children) e0.toJson()],
  };

  ChecklistItem copyWith({
    String? text,
    bool? done,
    List<ChecklistItem>? children,
  }) {
    return ChecklistItem(
      text: text ?? this.text,
      done: done ?? this.done,
      children: children ?? this.children,
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is ChecklistItem &&
          text == other.text &&
          done == other.done &&
          deepEquals(children, other.children);

  @override
  int get hashCode => Object.hashAll([text, done, deepHash(children)]);

  @override
  String toString() => 'ChecklistItem(${toJson()})';
}
