import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

/// A task's status.
///
/// A status added to the API after this app was built decodes as
/// [TaskStatus.unknown] and shows as such instead of crashing the list.
class StatusChip extends StatelessWidget {
  const StatusChip({super.key, required this.status});

  final TaskStatus status;

  @override
  Widget build(BuildContext context) {
    return Chip(
      avatar: Icon(statusIcon(status), size: 18),
      label: Text(statusLabel(status)),
      visualDensity: VisualDensity.compact,
    );
  }
}

/// Exhaustive on purpose: when a regenerated enum gains a value, this stops
/// compiling until the new value has a label.
String statusLabel(TaskStatus status) {
  return switch (status) {
    TaskStatus.todo => 'To do',
    TaskStatus.inProgress => 'In progress',
    TaskStatus.blocked => 'Blocked',
    TaskStatus.done => 'Done',
    TaskStatus.unknown => 'Unknown status',
  };
}

IconData statusIcon(TaskStatus status) {
  return switch (status) {
    TaskStatus.todo => Icons.radio_button_unchecked,
    TaskStatus.inProgress => Icons.timelapse,
    TaskStatus.blocked => Icons.block,
    TaskStatus.done => Icons.check_circle_outline,
    TaskStatus.unknown => Icons.help_outline,
  };
}
