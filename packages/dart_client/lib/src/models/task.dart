// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'attachment.dart';
import 'checklist_item.dart';
import 'task_status.dart';

@immutable
final class Task {
  Task({
    required String id,
    required String projectId,
    required String title,
    String description = '',
    TaskStatus status = TaskStatus.todo,
    int priority = 2,
    double estimateHours = 0.0,
    DateTime? dueAt,
    required String? assigneeId,
    List<String> tags = const [],
    Map<String, String> metadata = const {},
    List<Attachment> attachments = const [],
    List<ChecklistItem> checklist = const [],
    required DateTime createdAt,
    required DateTime updatedAt,
  }) : this._(
         const {},
         id: id,
         projectId: projectId,
         title: title,
         description: description,
         status: status,
         priority: priority,
         estimateHours: estimateHours,
         dueAt: dueAt?.toUtc(),
         assigneeId: assigneeId,
         tags: frozenList(tags),
         metadata: frozenMap(metadata),
         attachments: frozenList(attachments),
         checklist: frozenList(checklist),
         createdAt: createdAt.toUtc(),
         updatedAt: updatedAt.toUtc(),
       );

  const Task._(this._unknownWire, {
    required this.id,
    required this.projectId,
    required this.title,
    this.description = '',
    this.status = TaskStatus.todo,
    this.priority = 2,
    this.estimateHours = 0.0,
    this.dueAt,
    required this.assigneeId,
    this.tags = const [],
    this.metadata = const {},
    this.attachments = const [],
    this.checklist = const [],
    required this.createdAt,
    required this.updatedAt,
  });

  factory Task.fromJson(Object? json, [String path = 'Task']) {
    final map = readObject(json, path);
    final TaskStatus statusValue = readDefaultedField(
      map,
      'status',
      path,
      TaskStatus.fromJson,
      TaskStatus.todo,
    );
    return Task._(
      unknownWireOf(map, {'status': statusValue}),
      id: readField(map, 'id', path, readString),
      projectId: readField(map, 'projectId', path, readString),
      title: readField(map, 'title', path, readString),
      description: readDefaultedField(map, 'description', path, readString, ''),
      status: statusValue,
      priority: readDefaultedField(map, 'priority', path, readInt, 2),
      estimateHours: readDefaultedField(
        map,
        'estimateHours',
        path,
        readDouble,
        0.0,
      ),
      dueAt: readOptionalField(map, 'dueAt', path, readDateTime),
      assigneeId: readField(map, 'assigneeId', path, nullableOf(readString)),
      tags: readDefaultedField(map, 'tags', path, listOf(readString), const []),
      metadata: readDefaultedField(
        map,
        'metadata',
        path,
        mapOf(readString),
        const {},
      ),
      attachments: readDefaultedField(
        map,
        'attachments',
        path,
        listOf(Attachment.fromJson),
        const [],
      ),
      checklist: readDefaultedField(
        map,
        'checklist',
        path,
        listOf(ChecklistItem.fromJson),
        const [],
      ),
      createdAt: readField(map, 'createdAt', path, readDateTime),
      updatedAt: readField(map, 'updatedAt', path, readDateTime),
    );
  }

  final String id;
  final String projectId;
  final String title;
  final String description;
  final TaskStatus status;
  final int priority;
  final double estimateHours;
  final DateTime? dueAt;
  final String? assigneeId;
  final List<String> tags;
  final Map<String, String> metadata;
  final List<Attachment> attachments;
  final List<ChecklistItem> checklist;
  final DateTime createdAt;
  final DateTime updatedAt;

  /// The JSON of fields that held enum values this version does not know,
  /// written back unchanged by [toJson] until the field is replaced.
  final Map<String, Object?> _unknownWire;

  Map<String, Object?> toJson() => {
    'id': id,
    'projectId': projectId,
    'title': title,
    'description': description,
    'status': _unknownWire['status'] ?? status.toJson(),
    'priority': priority,
    'estimateHours': estimateHours,
    if (dueAt != null) 'dueAt': writeDateTime(dueAt!),
    'assigneeId': assigneeId,
    'tags': tags,
    'metadata': metadata,
    'attachments': [for (final e0 in attachments) e0.toJson()],
    'checklist': [for (final e0 in checklist) e0.toJson()],
    'createdAt': writeDateTime(createdAt),
    'updatedAt': writeDateTime(updatedAt),
  };

  Task copyWith({
    String? id,
    String? projectId,
    String? title,
    String? description,
    TaskStatus? status,
    int? priority,
    double? estimateHours,
    DateTime? Function()? dueAt,
    String? Function()? assigneeId,
    List<String>? tags,
    Map<String, String>? metadata,
    List<Attachment>? attachments,
    List<ChecklistItem>? checklist,
    DateTime? createdAt,
    DateTime? updatedAt,
  }) {
    return Task._(
      keepWire(_unknownWire, [if (status != null) 'status']),
      id: id ?? this.id,
      projectId: projectId ?? this.projectId,
      title: title ?? this.title,
      description: description ?? this.description,
      status: status ?? this.status,
      priority: priority ?? this.priority,
      estimateHours: estimateHours ?? this.estimateHours,
      dueAt: dueAt == null ? this.dueAt : dueAt()?.toUtc(),
      assigneeId: assigneeId == null ? this.assigneeId : assigneeId(),
      tags: tags == null ? this.tags : frozenList(tags),
      metadata: metadata == null ? this.metadata : frozenMap(metadata),
      attachments: attachments == null
          ? this.attachments
          : frozenList(attachments),
      checklist: checklist == null ? this.checklist : frozenList(checklist),
      createdAt: createdAt == null ? this.createdAt : createdAt.toUtc(),
      updatedAt: updatedAt == null ? this.updatedAt : updatedAt.toUtc(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is Task &&
          id == other.id &&
          projectId == other.projectId &&
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
          createdAt == other.createdAt &&
          updatedAt == other.updatedAt &&
          deepEquals(_unknownWire, other._unknownWire);

  @override
  int get hashCode => Object.hash(
    id,
    projectId,
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
    createdAt,
    updatedAt,
    deepHash(_unknownWire),
  );

  @override
  String toString() =>
      'Task(id: $id, projectId: $projectId, title: $title, '
      'description: $description, '
      'status: ${_unknownWire['status'] ?? status}, priority: $priority, '
      'estimateHours: $estimateHours, dueAt: $dueAt, '
      'assigneeId: $assigneeId, tags: $tags, metadata: $metadata, '
      'attachments: $attachments, checklist: $checklist, '
      'createdAt: $createdAt, updatedAt: $updatedAt)';
}
