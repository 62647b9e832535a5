// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

part of 'attachment.dart';

@immutable
final class LinkAttachment implements Attachment, AttachmentInput {
  const LinkAttachment({required this.url, this.title});

  factory LinkAttachment.fromJson(
    Object? json, [
    String path = 'LinkAttachment',
  ]) {
    final map = readObject(json, path);
    readLiteral(map, 'kind', path, 'link');
    return LinkAttachment(
      url: readField(map, 'url', path, readString),
      title: readOptionalField(map, 'title', path, readString),
    );
  }

  final String url;
  final String? title;

  @override
  String get kind => 'link';

  @override
  Map<String, Object?> toJson() => {
    'kind': 'link',
    'url': url,
    if (title != null) 'title': title,
  };

  LinkAttachment copyWith({String? url, String? Function()? title}) {
    return LinkAttachment(
      url: url ?? this.url,
      title: title == null ? this.title : title(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is LinkAttachment &&
          url == other.url &&
          title == other.title;

  @override
  int get hashCode => Object.hash(url, title);

  @override
  String toString() => 'LinkAttachment(kind: $kind, url: $url, title: $title)';
}
