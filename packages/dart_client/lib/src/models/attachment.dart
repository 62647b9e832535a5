// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';

part 'attachment_input.dart';
part 'file_attachment.dart';
part 'image_attachment.dart';
part 'image_attachment_input.dart';
part 'link_attachment.dart';

@immutable
sealed class Attachment {
  factory Attachment.fromJson(Object? json, [String path = 'Attachment']) {
    final map = readObject(json, path);
    final tag = readField(map, 'kind', path, readString);
    return switch (tag) {
      'link' => LinkAttachment.fromJson(map, path),
      'file' => FileAttachment.fromJson(map, path),
      'image' => ImageAttachment.fromJson(map, path),
      _ => UnknownAttachment(tag, map),
    };
  }

  /// The discriminator (`kind` on the wire).
  String get kind;

  Map<String, Object?> toJson();
}

/// The [Attachment] for a `kind` this version does not know (one added later).
///
/// It keeps the JSON it was decoded from, as a deep unmodifiable copy, and
/// writes it back unchanged.
@immutable
final class UnknownAttachment implements Attachment {
  UnknownAttachment(this.kind, Map<String, Object?> json)
    : json = frozenObject(json);

  @override
  final String kind;

  /// The object as received (a copy: changing the map it came from changes
  /// nothing here, and this one cannot be changed).
  final Map<String, Object?> json;

  @override
  Map<String, Object?> toJson() => json;

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is UnknownAttachment && deepEquals(json, other.json);

  @override
  int get hashCode => deepHash(json);

  @override
  String toString() => 'UnknownAttachment($json)';
}
