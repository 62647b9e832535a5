// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import '../json_helpers.dart';

enum ErrorLocation implements WireEnum {
  params('params'),
  query('query'),
  body('body'),

  /// A value added to the contract after this package was generated.
  unknown(null);

  const ErrorLocation(this._wire);

  final String? _wire;

  /// The member for a wire value; [unknown] for a value this version does not
  /// know, so that a newer server does not break an older app.
  static ErrorLocation fromJson(
    Object? json, [
    String path = 'ErrorLocation',
  ]) =>
      switch (readString(json, path)) {
        'params' => params,
        'query' => query,
        'body' => body,
        _ => unknown,
      };

  @override
  bool get isUnknown => this == unknown;

  /// The wire value. [unknown] has none: the model that decoded it writes
  /// the value it received instead; sending a new [unknown] is a bug.
  String toJson() =>
      _wire ?? (throw StateError('ErrorLocation.unknown has no wire value'));
}
