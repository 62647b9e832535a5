// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

part of 'attachment.dart';

@immutable
final class FileAttachment implements Attachment, AttachmentInput {
  const FileAttachment({
    required this.fileName,
    required this.mimeType,
    required this.sizeBytes,
  });

  factory FileAttachment.fromJson(
    Object? json, [
    String path = 'FileAttachment',
  ]) {
    final map = readObject(json, path);
    readLiteral(map, 'kind', path, 'file');
    return FileAttachment(
      fileName: readField(map, 'fileName', path, readString),
      mimeType: readField(map, 'mimeType', path, readString),
      sizeBytes: readField(map, 'sizeBytes', path, readInt),
    );
  }

  final String fileName;
  final String mimeType;
  final int sizeBytes;

  @override
  String get kind => 'file';

  @override
  Map<String, Object?> toJson() => {
    'kind': 'file',
    'fileName': fileName,
    'mimeType': mimeType,
    'sizeBytes': sizeBytes,
  };

  FileAttachment copyWith({
    String? fileName,
    String? mimeType,
    int? sizeBytes,
  }) {
    return FileAttachment(
      fileName: fileName ?? this.fileName,
      mimeType: mimeType ?? this.mimeType,
      sizeBytes: sizeBytes ?? this.sizeBytes,
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is FileAttachment &&
          fileName == other.fileName &&
          mimeType == other.mimeType &&
          sizeBytes == other.sizeBytes;

  @override
  int get hashCode => Object.hash(fileName, mimeType, sizeBytes);

  @override
  String toString() =>
      'FileAttachment(kind: $kind, fileName: $fileName, mimeType: $mimeType, '
      'sizeBytes: $sizeBytes)';
}
