// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';

@immutable
final class ChecklistItemInput {
  ChecklistItemInput({
    required String text,
    bool? done,
    List<ChecklistItemInput>? children,
  }) : this._(
         text: text,
         done: done,
         children: frozenOrNull(children, (e0) => frozenList(e0)),
       );

  const ChecklistItemInput._({required this.text, this.done, this.children});

  factory ChecklistItemInput.fromJson(
    Object? json, [
    String path = 'ChecklistItemInput',
  ]) {
    final map = readObject(json, path);
    return ChecklistItemInput._(
      text: readField(map, 'text', path, readString),
      done: readOptionalField(map, 'done', path, readBool),
      children: readOptionalField(
        map,
        'children',
        path,
        listOf(ChecklistItemInput.fromJson),
      ),
    );
  }

  final String text;
  final bool? done;
  final List<ChecklistItemInput>? children;

  Map<String, Object?> toJson() => {
    'text': text,
    if (done != null) 'done': done,
    if (children != null) 'children': [for (final e0 in children!) e0.toJson()],
  };

  ChecklistItemInput copyWith({
    String? text,
    bool? Function()? done,
    List<ChecklistItemInput>? Function()? children,
  }) {
    return ChecklistItemInput._(
      text: text ?? this.text,
      done: done == null ? this.done : done(),
      children: children == null
          ? this.children
          : frozenOrNull(children(), (e0) => frozenList(e0)),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is ChecklistItemInput &&
          text == other.text &&
          done == other.done &&
          deepEquals(children, other.children);

  @override
  int get hashCode => Object.hash(text, done, deepHash(children));

  @override
  String toString() =>
      'ChecklistItemInput(text: $text, done: $done, children: $children)';
}
