// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

// The fields of decoded models as the objects hold them, read through their
// getters (not toJson), for the type-exact checks of test/vectors_test.dart.

import 'package:acme_api/acme_api.dart';

/// A model object: its class and its fields by JSON name.
final class DecodedFields {
  const DecodedFields(this.className, this.fields, {this.tag});

  final String className;

  /// By JSON name; for the unknown variant of a union, the JSON it keeps.
  final Map<String, Object?> fields;

  /// The unknown variant's tag, as its getter returns it.
  final String? tag;
}

/// The class and fields of [value]; null when it is no generated class.
DecodedFields? decodedFieldsOf(Object? value) {
  if (value is ApiError) {
    return DecodedFields('ApiError', {
      'code': value.code,
      'message': value.message,
      'details': value.details,
      'minimumAppVersion': value.minimumAppVersion,
    });
  }
  if (value is ChecklistItem) {
    return DecodedFields('ChecklistItem', {
      'text': value.text,
      'done': value.done,
      'children': value.children,
    });
  }
  if (value is ChecklistItemInput) {
    return DecodedFields('ChecklistItemInput', {
      'text': value.text,
      'done': value.done,
      'children': value.children,
    });
  }
  if (value is CreateProjectInput) {
    return DecodedFields('CreateProjectInput', {
      'name': value.name,
      'description': value.description,
      'ownerId': value.ownerId,
      'settings': value.settings,
    });
  }
  if (value is CreateTaskInput) {
    return DecodedFields('CreateTaskInput', {
      'projectId': value.projectId,
      'title': value.title,
      'description': value.description,
      'status': value.status,
      'priority': value.priority,
      'estimateHours': value.estimateHours,
      'dueAt': value.dueAt,
      'assigneeId': value.assigneeId,
      'tags': value.tags,
      'metadata': value.metadata,
      'attachments': value.attachments,
      'checklist': value.checklist,
    });
  }
  if (value is DatabaseHealth) {
    return DecodedFields('DatabaseHealth', {
      'status': value.status,
      'driver': value.driver,
      'latencyMs': value.latencyMs,
    });
  }
  if (value is ErrorDetail) {
    return DecodedFields('ErrorDetail', {
      'location': value.location,
      'path': value.path,
      'message': value.message,
    });
  }
  if (value is FileAttachment) {
    return DecodedFields('FileAttachment', {
      'kind': value.kind,
      'fileName': value.fileName,
      'mimeType': value.mimeType,
      'sizeBytes': value.sizeBytes,
    });
  }
  if (value is Health) {
    return DecodedFields('Health', {
      'status': value.status,
      'version': value.version,
      'database': value.database,
    });
  }
  if (value is ImageAttachment) {
    return DecodedFields('ImageAttachment', {
      'kind': value.kind,
      'url': value.url,
      'width': value.width,
      'height': value.height,
      'altText': value.altText,
    });
  }
  if (value is ImageAttachmentInput) {
    return DecodedFields('ImageAttachmentInput', {
      'kind': value.kind,
      'url': value.url,
      'width': value.width,
      'height': value.height,
      'altText': value.altText,
    });
  }
  if (value is LinkAttachment) {
    return DecodedFields('LinkAttachment', {
      'kind': value.kind,
      'url': value.url,
      'title': value.title,
    });
  }
  if (value is LogInInput) {
    return DecodedFields('LogInInput', {
      'email': value.email,
      'password': value.password,
    });
  }
  if (value is Project) {
    return DecodedFields('Project', {
      'id': value.id,
      'name': value.name,
      'description': value.description,
      'ownerId': value.ownerId,
      'settings': value.settings,
      'createdAt': value.createdAt,
    });
  }
  if (value is ProjectPage) {
    return DecodedFields('ProjectPage', {
      'items': value.items,
      'nextCursor': value.nextCursor,
    });
  }
  if (value is ProjectSettings) {
    return DecodedFields('ProjectSettings', {
      'defaultStatus': value.defaultStatus,
      'color': value.color,
      'archived': value.archived,
    });
  }
  if (value is ProjectSettingsInput) {
    return DecodedFields('ProjectSettingsInput', {
      'defaultStatus': value.defaultStatus,
      'color': value.color,
      'archived': value.archived,
    });
  }
  if (value is RegisterInput) {
    return DecodedFields('RegisterInput', {
      'email': value.email,
      'password': value.password,
      'displayName': value.displayName,
    });
  }
  if (value is Session) {
    return DecodedFields('Session', {
      'token': value.token,
      'expiresAt': value.expiresAt,
      'user': value.user,
    });
  }
  if (value is Task) {
    return DecodedFields('Task', {
      'id': value.id,
      'projectId': value.projectId,
      'title': value.title,
      'description': value.description,
      'status': value.status,
      'priority': value.priority,
      'estimateHours': value.estimateHours,
      'dueAt': value.dueAt,
      'assigneeId': value.assigneeId,
      'tags': value.tags,
      'metadata': value.metadata,
      'attachments': value.attachments,
      'checklist': value.checklist,
      'createdAt': value.createdAt,
      'updatedAt': value.updatedAt,
    });
  }
  if (value is TaskPage) {
    return DecodedFields('TaskPage', {
      'items': value.items,
      'nextCursor': value.nextCursor,
    });
  }
  if (value is UpdateTaskInput) {
    return DecodedFields('UpdateTaskInput', {
      'title': value.title,
      'description': value.description,
      'status': value.status,
      'priority': value.priority,
      'estimateHours': value.estimateHours,
      'dueAt': value.dueAt,
      'assigneeId': value.assigneeId,
      'tags': value.tags,
      'metadata': value.metadata,
      'attachments': value.attachments,
      'checklist': value.checklist,
    });
  }
  if (value is User) {
    return DecodedFields('User', {
      'id': value.id,
      'email': value.email,
      'displayName': value.displayName,
      'avatarUrl': value.avatarUrl,
      'createdAt': value.createdAt,
    });
  }
  if (value is UserPage) {
    return DecodedFields('UserPage', {
      'items': value.items,
      'nextCursor': value.nextCursor,
    });
  }
  if (value is UnknownAttachment) {
    return DecodedFields('UnknownAttachment', value.json, tag: value.kind);
  }
  if (value is UnknownAttachmentInput) {
    return DecodedFields('UnknownAttachmentInput', value.json, tag: value.kind);
  }
  return null;
}

/// The wire value of a known enum member; null for `unknown` (or no enum).
String? wireValueOf(WireEnum value) {
  if (value.isUnknown) return null;
  if (value is DatabaseHealthDriver) return value.toJson();
  if (value is DatabaseHealthStatus) return value.toJson();
  if (value is ErrorCode) return value.toJson();
  if (value is ErrorLocation) return value.toJson();
  if (value is HealthStatus) return value.toJson();
  if (value is TaskStatus) return value.toJson();
  return null;
}
