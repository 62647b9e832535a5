import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

import 'attachment_chip.dart';
import 'status_chip.dart';

/// One task of the list: title, description, attachments and status.
class TaskTile extends StatelessWidget {
  const TaskTile({super.key, required this.task});

  final Task task;

  @override
  Widget build(BuildContext context) {
    return ListTile(
      title: Text(task.title),
      subtitle: _details(),
      trailing: StatusChip(status: task.status),
    );
  }

  /// The description and the attachments, or null when there are neither.
  Widget? _details() {
    final description = task.description;
    final attachments = task.attachments;
    if (description.isEmpty && attachments.isEmpty) return null;
    final chips = Wrap(
      spacing: 8,
      runSpacing: 4,
      children: [
        for (final item in attachments) AttachmentChip(attachment: item),
      ],
    );
    return Column(
      crossAxisAlignment: CrossAxisAlignment.start,
      children: [
        if (description.isNotEmpty) Text(description, maxLines: 2),
        if (attachments.isNotEmpty) chips,
      ],
    );
  }
}
