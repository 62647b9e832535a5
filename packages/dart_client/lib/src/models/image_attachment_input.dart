// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

part of 'attachment.dart';

@immutable
final class ImageAttachmentInput implements AttachmentInput {
  const ImageAttachmentInput({
    required this.url,
    required this.width,
    required this.height,
    this.altText,
  });

  factory ImageAttachmentInput.fromJson(
    Object? json, [
    String path = 'ImageAttachmentInput',
  ]) {
    final map = readObject(json, path);
    readLiteral(map, 'kind', path, 'image');
    return ImageAttachmentInput(
      url: readField(map, 'url', path, readString),
      width: readField(map, 'width', path, readInt),
      height: readField(map, 'height', path, readInt),
      altText: readOptionalField(map, 'altText', path, readString),
    );
  }

  final String url;
  final int width;
  final int height;
  final String? altText;

  @override
  String get kind => 'image';

  @override
  Map<String, Object?> toJson() => {
    'kind': 'image',
    'url': url,
    'width': width,
    'height': height,
    if (altText != null) 'altText': altText,
  };

  ImageAttachmentInput copyWith({
    String? url,
    int? width,
    int? height,
    String? Function()? altText,
  }) {
    return ImageAttachmentInput(
      url: url ?? this.url,
      width: width ?? this.width,
      height: height ?? this.height,
      altText: altText == null ? this.altText : altText(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is ImageAttachmentInput &&
          url == other.url &&
          width == other.width &&
          height == other.height &&
          altText == other.altText;

  @override
  int get hashCode => Object.hash(url, width, height, altText);

  @override
  String toString() =>
      'ImageAttachmentInput(kind: $kind, url: $url, width: $width, '
      'height: $height, altText: $altText)';
}
