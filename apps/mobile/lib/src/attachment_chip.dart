import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

/// One attachment, by kind.
///
/// An [UnknownAttachment] is a kind added to the API after this app was
/// built: it shows as unsupported, and its JSON is kept for the round trip.
class AttachmentChip extends StatelessWidget {
  const AttachmentChip({super.key, required this.attachment});

  final Attachment attachment;

  @override
  Widget build(BuildContext context) {
    final (icon, label) = describeAttachment(attachment);
    return Chip(
      avatar: Icon(icon, size: 16),
      label: Text(label),
      visualDensity: VisualDensity.compact,
    );
  }
}

/// The icon and text of an attachment; exhaustive over the sealed union.
(IconData, String) describeAttachment(Attachment attachment) {
  return switch (attachment) {
    LinkAttachment a => (Icons.link, a.title ?? a.url),
    FileAttachment a => (Icons.attach_file, _fileLabel(a)),
    ImageAttachment a => (Icons.image_outlined, _imageLabel(a)),
    UnknownAttachment a => (Icons.help_outline, _unknownLabel(a)),
  };
}

String _fileLabel(FileAttachment file) {
  return '${file.fileName}, ${formatBytes(file.sizeBytes)}';
}

String _imageLabel(ImageAttachment image) {
  final name = image.altText.isEmpty ? 'Image' : image.altText;
  return '$name, ${image.width}x${image.height}';
}

String _unknownLabel(UnknownAttachment attachment) {
  return 'Unsupported attachment (${attachment.kind})';
}

/// `1536` -> `1.5 KB`.
String formatBytes(int bytes) {
  if (bytes < 1024) return '$bytes B';
  if (bytes < 1024 * 1024) return '${(bytes / 1024).toStringAsFixed(1)} KB';
  return '${(bytes / (1024 * 1024)).toStringAsFixed(1)} MB';
}
