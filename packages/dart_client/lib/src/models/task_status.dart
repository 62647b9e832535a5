// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import '../json_helpers.dart';

enum TaskStatus implements WireEnum {
  todo('todo'),
  inProgress('in_progress'),
  blocked('blocked'),
  done('done'),

  /// A value added to the contract after this package was generated.
  unknown(null);

  const TaskStatus(this._wire);

  final String? _wire;

  /// The member for a wire value; [unknown] for a value this version does not
  /// know, so that a newer server does not break an older app.
  static TaskStatus fromJson(Object? json, [String path = 'TaskStatus']) =>
      switch (readString(json, path)) {
        'todo' => todo,
        'in_progress' => inProgress,
        'blocked' => blocked,
        'done' => done,
        _ => unknown,
      };

  @override
  bool get isUnknown => this == unknown;

  /// The wire value. [unknown] has none: the model that decoded it writes
  /// the value it received instead; sending a new [unknown] is a bug.
  String toJson() =>
      _wire ?? (throw StateError('TaskStatus.unknown has no wire value'));
}
