// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';

@immutable
final class ChecklistItem {
  ChecklistItem({
    required String text,
    bool done = false,
    List<ChecklistItem> children = const [],
  }) : this._(text: text, done: done, children: frozenList(children));

  const ChecklistItem._({
    required this.text,
    this.done = false,
    this.children = const [],
  });

  factory ChecklistItem.fromJson(
    Object? json, [
    String path = 'ChecklistItem',
  ]) {
    final map = readObject(json, path);
    return ChecklistItem._(
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
    return ChecklistItem._(
      text: text ?? this.text,
      done: done ?? this.done,
      children: children == null ? this.children : frozenList(children),
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
  int get hashCode => Object.hash(text, done, deepHash(children));

  @override
  String toString() =>
      'ChecklistItem(text: $text, done: $done, children: $children)';
}
