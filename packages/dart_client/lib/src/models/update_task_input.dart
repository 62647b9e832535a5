// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'attachment.dart';
import 'checklist_item_input.dart';
import 'task_status.dart';

@immutable
final class UpdateTaskInput {
  UpdateTaskInput({
    String? title,
    String? description,
    TaskStatus? status,
    int? priority,
    double? estimateHours,
    Present<DateTime>? dueAt,
    Present<String>? assigneeId,
    List<String>? tags,
    Map<String, String>? metadata,
    List<AttachmentInput>? attachments,
    List<ChecklistItemInput>? checklist,
  }) : this._(
         const {},
         title: title,
         description: description,
         status: status,
         priority: priority,
         estimateHours: estimateHours,
         dueAt: frozenPresent(dueAt, frozenDateTime),
         assigneeId: assigneeId,
         tags: frozenOrNull(tags, (e0) => frozenList(e0)),
         metadata: frozenOrNull(metadata, (e0) => frozenMap(e0)),
         attachments: frozenOrNull(attachments, (e0) => frozenList(e0)),
         checklist: frozenOrNull(checklist, (e0) => frozenList(e0)),
       );

  const UpdateTaskInput._(this._unknownWire, {
    this.title,
    this.description,
    this.status,
    this.priority,
    this.estimateHours,
    this.dueAt,
    this.assigneeId,
    this.tags,
    this.metadata,
    this.attachments,
    this.checklist,
  });

  factory UpdateTaskInput.fromJson(
    Object? json, [
    String path = 'UpdateTaskInput',
  ]) {
    final map = readObject(json, path);
    final TaskStatus? statusValue = readOptionalField(
      map,
      'status',
      path,
      TaskStatus.fromJson,
    );
    return UpdateTaskInput._(
      unknownWireOf(map, {'status': statusValue}),
      title: readOptionalField(map, 'title', path, readString),
      description: readOptionalField(map, 'description', path, readString),
      status: statusValue,
      priority: readOptionalField(map, 'priority', path, readInt),
      estimateHours: readOptionalField(map, 'estimateHours', path, readDouble),
      dueAt: readNullishField(map, 'dueAt', path, readDateTime),
      assigneeId: readNullishField(map, 'assigneeId', path, readString),
      tags: readOptionalField(map, 'tags', path, listOf(readString)),
      metadata: readOptionalField(map, 'metadata', path, mapOf(readString)),
      attachments: readOptionalField(
        map,
        'attachments',
        path,
        listOf(AttachmentInput.fromJson),
      ),
      checklist: readOptionalField(
        map,
        'checklist',
        path,
        listOf(ChecklistItemInput.fromJson),
      ),
    );
  }

  final String? title;
  final String? description;
  final TaskStatus? status;
  final int? priority;
  final double? estimateHours;
  final Present<DateTime>? dueAt;
  final Present<String>? assigneeId;
  final List<String>? tags;
  final Map<String, String>? metadata;
  final List<AttachmentInput>? attachments;
  final List<ChecklistItemInput>? checklist;

  /// The JSON of fields that held enum values this version does not know,
  /// written back unchanged by [toJson] until the field is replaced.
  final Map<String, Object?> _unknownWire;

  Map<String, Object?> toJson() => {
    if (title != null) 'title': title,
    if (description != null) 'description': description,
    if (status != null) 'status': _unknownWire['status'] ?? status!.toJson(),
    if (priority != null) 'priority': priority,
    if (estimateHours != null) 'estimateHours': estimateHours,
    if (dueAt != null) 'dueAt': dueAt!.encode(writeDateTime),
    if (assigneeId != null) 'assigneeId': assigneeId!.value,
    if (tags != null) 'tags': tags,
    if (metadata != null) 'metadata': metadata,
    if (attachments != null)
      'attachments': [for (final e0 in attachments!) e0.toJson()],
    if (checklist != null)
      'checklist': [for (final e0 in checklist!) e0.toJson()],
  };

  UpdateTaskInput copyWith({
    String? Function()? title,
    String? Function()? description,
    TaskStatus? Function()? status,
    int? Function()? priority,
    double? Function()? estimateHours,
    Present<DateTime>? Function()? dueAt,
    Present<String>? Function()? assigneeId,
    List<String>? Function()? tags,
    Map<String, String>? Function()? metadata,
    List<AttachmentInput>? Function()? attachments,
    List<ChecklistItemInput>? Function()? checklist,
  }) {
    return UpdateTaskInput._(
      keepWire(_unknownWire, [if (status != null) 'status']),
      title: title == null ? this.title : title(),
      description: description == null ? this.description : description(),
      status: status == null ? this.status : status(),
      priority: priority == null ? this.priority : priority(),
      estimateHours: estimateHours == null
          ? this.estimateHours
          : estimateHours(),
      dueAt: dueAt == null
          ? this.dueAt
          : frozenPresent(dueAt(), frozenDateTime),
      assigneeId: assigneeId == null ? this.assigneeId : assigneeId(),
      tags: tags == null
          ? this.tags
          : frozenOrNull(tags(), (e0) => frozenList(e0)),
      metadata: metadata == null
          ? this.metadata
          : frozenOrNull(metadata(), (e0) => frozenMap(e0)),
      attachments: attachments == null
          ? this.attachments
          : frozenOrNull(attachments(), (e0) => frozenList(e0)),
      checklist: checklist == null
          ? this.checklist
          : frozenOrNull(checklist(), (e0) => frozenList(e0)),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is UpdateTaskInput &&
          title == other.title &&
          description == other.description &&
          status == other.status &&
          priority == other.priority &&
          estimateHours == other.estimateHours &&
          dueAt == other.dueAt &&
          assigneeId == other.assigneeId &&
          deepEquals(tags, other.tags) &&
          deepEquals(metadata, other.metadata) &&
          deepEquals(attachments, other.attachments) &&
          deepEquals(checklist, other.checklist) &&
          deepEquals(_unknownWire, other._unknownWire);

  @override
  int get hashCode => Object.hash(
    title,
    description,
    status,
    priority,
    estimateHours,
    dueAt,
    assigneeId,
    deepHash(tags),
    deepHash(metadata),
    deepHash(attachments),
    deepHash(checklist),
    deepHash(_unknownWire),
  );

  @override
  String toString() =>
      'UpdateTaskInput(title: $title, description: $description, '
      'status: ${_unknownWire['status'] ?? status}, priority: $priority, '
      'estimateHours: $estimateHours, dueAt: $dueAt, '
      'assigneeId: $assigneeId, tags: $tags, metadata: $metadata, '
      'attachments: $attachments, checklist: $checklist)';
}
