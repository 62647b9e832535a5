// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target vectors of tooling/codegen.
// Regenerate with: pnpm codegen

// Cross-language JSON vectors: each file in test/vectors/ was generated from
// the Zod schema of one model and checked against Zod. See the "about" entry
// of any file for what valid, invalid, tolerated and forward mean.

import 'dart:convert';
import 'dart:io';

import 'package:acme_api/acme_api.dart';
import 'package:test/test.dart';

/// Relative to the package root, where `dart test` runs.
const _directory = 'test/vectors';

/// Every model with vectors, by component name.
final Map<String, _Model<Object>> _models = {
  'ApiError': _Model<ApiError>(
    'api_error.json',
    ApiError.fromJson,
    (value) => value.toJson(),
  ),
  'Attachment': _Model<Attachment>(
    'attachment.json',
    Attachment.fromJson,
    (value) => value.toJson(),
  ),
  'AttachmentInput': _Model<AttachmentInput>(
    'attachment_input.json',
    AttachmentInput.fromJson,
    (value) => value.toJson(),
  ),
  'ChecklistItem': _Model<ChecklistItem>(
    'checklist_item.json',
    ChecklistItem.fromJson,
    (value) => value.toJson(),
  ),
  'ChecklistItemInput': _Model<ChecklistItemInput>(
    'checklist_item_input.json',
    ChecklistItemInput.fromJson,
    (value) => value.toJson(),
  ),
  'CreateProjectInput': _Model<CreateProjectInput>(
    'create_project_input.json',
    CreateProjectInput.fromJson,
    (value) => value.toJson(),
  ),
  'CreateTaskInput': _Model<CreateTaskInput>(
    'create_task_input.json',
    CreateTaskInput.fromJson,
    (value) => value.toJson(),
  ),
  'DatabaseHealth': _Model<DatabaseHealth>(
    'database_health.json',
    DatabaseHealth.fromJson,
    (value) => value.toJson(),
  ),
  'ErrorCode': _Model<ErrorCode>(
    'error_code.json',
    ErrorCode.fromJson,
    (value) => value.toJson(),
  ),
  'ErrorDetail': _Model<ErrorDetail>(
    'error_detail.json',
    ErrorDetail.fromJson,
    (value) => value.toJson(),
  ),
  'ErrorLocation': _Model<ErrorLocation>(
    'error_location.json',
    ErrorLocation.fromJson,
    (value) => value.toJson(),
  ),
  'FileAttachment': _Model<FileAttachment>(
    'file_attachment.json',
    FileAttachment.fromJson,
    (value) => value.toJson(),
  ),
  'Health': _Model<Health>(
    'health.json',
    Health.fromJson,
    (value) => value.toJson(),
  ),
  'ImageAttachment': _Model<ImageAttachment>(
    'image_attachment.json',
    ImageAttachment.fromJson,
    (value) => value.toJson(),
  ),
  'ImageAttachmentInput': _Model<ImageAttachmentInput>(
    'image_attachment_input.json',
    ImageAttachmentInput.fromJson,
    (value) => value.toJson(),
  ),
  'LinkAttachment': _Model<LinkAttachment>(
    'link_attachment.json',
    LinkAttachment.fromJson,
    (value) => value.toJson(),
  ),
  'Project': _Model<Project>(
    'project.json',
    Project.fromJson,
    (value) => value.toJson(),
  ),
  'ProjectPage': _Model<ProjectPage>(
    'project_page.json',
    ProjectPage.fromJson,
    (value) => value.toJson(),
  ),
  'ProjectSettings': _Model<ProjectSettings>(
    'project_settings.json',
    ProjectSettings.fromJson,
    (value) => value.toJson(),
  ),
  'ProjectSettingsInput': _Model<ProjectSettingsInput>(
    'project_settings_input.json',
    ProjectSettingsInput.fromJson,
    (value) => value.toJson(),
  ),
  'Task': _Model<Task>('task.json', Task.fromJson, (value) => value.toJson()),
  'TaskPage': _Model<TaskPage>(
    'task_page.json',
    TaskPage.fromJson,
    (value) => value.toJson(),
  ),
  'TaskStatus': _Model<TaskStatus>(
    'task_status.json',
    TaskStatus.fromJson,
    (value) => value.toJson(),
  ),
  'UpdateTaskInput': _Model<UpdateTaskInput>(
    'update_task_input.json',
    UpdateTaskInput.fromJson,
    (value) => value.toJson(),
  ),
  'User': _Model<User>('user.json', User.fromJson, (value) => value.toJson()),
  'UserPage': _Model<UserPage>(
    'user_page.json',
    UserPage.fromJson,
    (value) => value.toJson(),
  ),
};

void main() {
  test('every vector file belongs to a model', () {
    final files = Directory(_directory)
        .listSync()
        .whereType<File>()
        .map((file) => file.uri.pathSegments.last)
        .where((name) => name.endsWith('.json'))
        .toSet();
    expect(files, {for (final model in _models.values) model.file});
  });

  for (final entry in _models.entries) {
    final model = entry.value;
    group(entry.key, () {
      final vectors = _load(model.file);
      for (final vector in _vectorsOf(vectors, 'valid')) {
        test('valid: ${vector['name']}', () => _expectRoundTrip(model, vector));
      }
      for (final vector in _vectorsOf(vectors, 'tolerated')) {
        test(
          'tolerated: ${vector['name']}',
          () => _expectRoundTrip(model, vector),
        );
      }
      for (final vector in _vectorsOf(vectors, 'forward')) {
        test('forward: ${vector['name']}', () {
          if (vector['unknown'] == true) {
            final decoded = model.decode(vector['json']);
            expect(decoded, isA<WireEnum>());
            expect((decoded as WireEnum).isUnknown, isTrue);
          } else {
            _expectRoundTrip(model, vector);
          }
        });
      }
      for (final vector in _vectorsOf(vectors, 'invalid')) {
        test('invalid: ${vector['name']}', () {
          expect(() => model.decode(vector['json']), throwsFormatException);
        });
      }
    });
  }
}

/// How to decode and re-encode one model.
final class _Model<T extends Object> {
  _Model(this.file, this._decode, this._encode);

  final String file;
  final T Function(Object? json) _decode;
  final Object? Function(T value) _encode;

  Object decode(Object? json) => _decode(json);

  Object? roundTrip(Object? json) => _encode(_decode(json));
}

Map<String, Object?> _load(String file) {
  final Object? json = jsonDecode(
    File('$_directory/$file').readAsStringSync(),
  );
  return json as Map<String, Object?>;
}

/// The vectors of one kind, each with its whole `json` and `expected`: an
/// entry with `base` stores only its change to the valid vector of that name.
List<Map<String, Object?>> _vectorsOf(
  Map<String, Object?> file,
  String kind,
) {
  final bases = {
    for (final vector in _entries(file, 'valid')) vector['name']: vector,
  };
  return [
    for (final vector in _entries(file, kind)) _whole(vector, bases),
  ];
}

List<Map<String, Object?>> _entries(Map<String, Object?> file, String kind) {
  final vectors = file[kind] as List<Object?>? ?? const [];
  return [for (final vector in vectors) vector as Map<String, Object?>];
}

Map<String, Object?> _whole(
  Map<String, Object?> vector,
  Map<Object?, Map<String, Object?>> bases,
) {
  if (!vector.containsKey('base')) return vector;
  final base = bases[vector['base']];
  if (base == null || base.containsKey('base')) {
    throw StateError('${vector['name']}: no whole valid vector to edit');
  }
  final path = vector['path'] as List<Object?>;
  return {
    ...vector,
    'json': _edited(base['json'], path, vector, 'absent', 'value'),
    if (!vector.containsKey('expected') &&
        (vector.containsKey('expectedValue') ||
            vector['expectedAbsent'] == true))
      'expected': _edited(
        base['expected'],
        path,
        vector,
        'expectedAbsent',
        'expectedValue',
      ),
  };
}

/// A copy of [json] with the value at [path] set to `vector[valueKey]`, or
/// removed when `vector[absentKey]` is true.
Object? _edited(
  Object? json,
  List<Object?> path,
  Map<String, Object?> vector,
  String absentKey,
  String valueKey,
) {
  if (path.isEmpty) return vector[valueKey];
  final key = path.first;
  final rest = path.sublist(1);
  if (json is List<Object?> && key is int) {
    return [
      for (var i = 0; i < json.length; i++)
        i == key
            ? _edited(json[i], rest, vector, absentKey, valueKey)
            : json[i],
    ];
  }
  if (json is Map<String, Object?> && key is String) {
    final copy = Map<String, Object?>.of(json);
    if (rest.isEmpty && vector[absentKey] == true) {
      copy.remove(key);
    } else {
      copy[key] = _edited(json[key], rest, vector, absentKey, valueKey);
    }
    return copy;
  }
  throw StateError('${vector['name']}: no value at $path');
}

void _expectRoundTrip(_Model<Object> model, Map<String, Object?> vector) {
  // Through JSON text, as it travels: toJson must produce encodable values.
  final Object? encoded = jsonDecode(
    jsonEncode(model.roundTrip(vector['json'])),
  );
  final difference = _difference(encoded, vector['expected'], r'$');
  if (difference != null) fail(difference);
}

/// Where two JSON values differ (numbers compared by value), or null.
String? _difference(Object? actual, Object? expected, String path) {
  if (actual is num && expected is num) {
    return actual == expected ? null : '$path: $actual, expected $expected';
  }
  if (actual is Map && expected is Map) {
    for (final key in {...actual.keys, ...expected.keys}) {
      if (!actual.containsKey(key)) return '$path.$key: missing';
      if (!expected.containsKey(key)) return '$path.$key: not expected';
      final inner = _difference(actual[key], expected[key], '$path.$key');
      if (inner != null) return inner;
    }
    return null;
  }
  if (actual is List && expected is List) {
    if (actual.length != expected.length) {
      return '$path: ${actual.length} items, expected ${expected.length}';
    }
    for (var i = 0; i < actual.length; i++) {
      final inner = _difference(actual[i], expected[i], '$path[$i]');
      if (inner != null) return inner;
    }
    return null;
  }
  if (actual == expected) return null;
  return '$path: ${jsonEncode(actual)}, expected ${jsonEncode(expected)}';
}
