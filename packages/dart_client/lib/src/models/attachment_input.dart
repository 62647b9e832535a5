// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

part of 'attachment.dart';

@immutable
sealed class AttachmentInput {
  factory AttachmentInput.fromJson(
    Object? json, [
    String path = 'AttachmentInput',
  ]) {
    final map = readObject(json, path);
    final tag = readField(map, 'kind', path, readString);
    return switch (tag) {
      'link' => LinkAttachment.fromJson(map, path),
      'file' => FileAttachment.fromJson(map, path),
      'image' => ImageAttachmentInput.fromJson(map, path),
      _ => UnknownAttachmentInput(tag, map),
    };
  }

  /// The discriminator (`kind` on the wire).
  String get kind;

  Map<String, Object?> toJson();
}

/// The [AttachmentInput] for a `kind` this version does not know (one added
/// later).
///
/// It keeps the JSON it was decoded from, as a deep unmodifiable copy, and
/// writes it back unchanged.
@immutable
final class UnknownAttachmentInput implements AttachmentInput {
  UnknownAttachmentInput(this.kind, Map<String, Object?> json)
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
      other is UnknownAttachmentInput && deepEquals(json, other.json);

  @override
  int get hashCode => deepHash(json);

  @override
  String toString() => 'UnknownAttachmentInput($json)';
}
