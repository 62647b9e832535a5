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

import 'support/decoded_fields.dart';

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
  'LogInInput': _Model<LogInInput>(
    'log_in_input.json',
    LogInInput.fromJson,
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
  'RegisterInput': _Model<RegisterInput>(
    'register_input.json',
    RegisterInput.fromJson,
    (value) => value.toJson(),
  ),
  'Session': _Model<Session>(
    'session.json',
    Session.fromJson,
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
        test(
          'valid: ${vector['name']}',
          () => _expectVector(entry.key, vector),
        );
      }
      for (final vector in _vectorsOf(vectors, 'tolerated')) {
        test(
          'tolerated: ${vector['name']}',
          () => _expectVector(entry.key, vector),
        );
      }
      for (final vector in _vectorsOf(vectors, 'forward')) {
        test('forward: ${vector['name']}', () {
          if (vector['unknown'] == true) {
            final decoded = model.decode(vector['json']);
            expect(decoded, isA<WireEnum>());
            expect((decoded as WireEnum).isUnknown, isTrue);
          } else {
            _expectVector(entry.key, vector);
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

/// Decodes the vector's json: the decoded object's own fields must be what
/// the vector file's decodedType says for expected, type-exact; then toJson
/// must re-encode expected.
void _expectVector(String component, Map<String, Object?> vector) {
  final model = _modelOf(component);
  final decoded = _decodedDifference(
    model.decode(vector['json']),
    {'model': component},
    vector['expected'],
    r'$',
  );
  if (decoded != null) fail('decoded $decoded');
  // Through JSON text, as it travels: toJson must produce encodable values.
  final Object? encoded = jsonDecode(
    jsonEncode(model.roundTrip(vector['json'])),
  );
  final difference = _difference(encoded, vector['expected'], r'$');
  if (difference != null) fail('re-encoded $difference');
}

_Model<Object> _modelOf(String component) =>
    _models[component] ?? (throw StateError('no model $component'));

/// The decodedType of each model's vector file, by component.
final Map<String, Object?> _decodedTypes = {};

Object? _decodedTypeOf(String component) => _decodedTypes.putIfAbsent(
  component,
  () => _load(_modelOf(component).file)['decodedType'],
);

/// Where the decoded value [actual] is not what [type] (a decodedType) says
/// it holds for [expected], the JSON it re-encodes to; or null.
String? _decodedDifference(
  Object? actual,
  Object? type,
  Object? expected,
  String path,
) {
  if (type is String) return _scalarDifference(actual, type, expected, path);
  if (type is! Map<String, Object?>) throw StateError('$path: type $type');
  final model = type['model'];
  if (model is String) {
    return _decodedDifference(actual, _decodedTypeOf(model), expected, path);
  }
  if (type.containsKey('nullable')) {
    if (expected == null) {
      return actual == null ? null : '$path: ${_show(actual)}, expected null';
    }
    return _decodedDifference(actual, type['nullable'], expected, path);
  }
  if (type.containsKey('list')) {
    if (actual is! List<Object?> || expected is! List<Object?>) {
      return '$path: ${_show(actual)}, expected a list ${jsonEncode(expected)}';
    }
    if (actual.length != expected.length) {
      return '$path: ${actual.length} items, expected ${expected.length}';
    }
    for (var i = 0; i < actual.length; i++) {
      final inner = _decodedDifference(
        actual[i],
        type['list'],
        expected[i],
        '$path[$i]',
      );
      if (inner != null) return inner;
    }
    return null;
  }
  if (type.containsKey('map')) {
    if (actual is! Map<String, Object?> || expected is! Map<String, Object?>) {
      return '$path: ${_show(actual)}, expected a map ${jsonEncode(expected)}';
    }
    for (final key in {...actual.keys, ...expected.keys}) {
      if (!actual.containsKey(key)) return '$path.$key: missing';
      if (!expected.containsKey(key)) return '$path.$key: not expected';
      final inner = _decodedDifference(
        actual[key],
        type['map'],
        expected[key],
        '$path.$key',
      );
      if (inner != null) return inner;
    }
    return null;
  }
  final values = type['enum'];
  if (values is List<Object?>) {
    if (actual is! WireEnum) return '$path: ${_show(actual)}, expected an enum';
    if (!values.contains(expected)) {
      // A value this version does not know: the unknown member.
      return actual.isUnknown ? null : '$path: $actual, expected unknown';
    }
    final wire = wireValueOf(actual);
    return wire == expected ? null : '$path: $actual, expected $expected';
  }
  if (type.containsKey('const')) {
    final value = type['const'];
    return actual == value && expected == value
        ? null
        : '$path: ${_show(actual)}, expected the literal ${jsonEncode(value)}';
  }
  final union = type['union'];
  if (union is Map<String, Object?>) {
    return _variantDifference(actual, union, expected, path);
  }
  return _fieldsDifference(actual, type, expected, path);
}

String? _scalarDifference(
  Object? actual,
  String type,
  Object? expected,
  String path,
) {
  // Exact runtime types: on the VM, 2.0 is not an int and 2 is not a double.
  final matches = switch (type) {
    'int' => actual is int && expected is int && actual == expected,
    'double' => _isDouble(actual, expected),
    'string' => actual is String && actual == expected,
    'bool' => actual is bool && actual == expected,
    'dateTime' => _isUtcInstant(actual, expected),
    _ => throw StateError('$path: type $type'),
  };
  if (matches) return null;
  return '$path: ${_show(actual)}, expected $type ${jsonEncode(expected)}';
}

/// A double equal to [expected] (which JSON may write as an integer).
bool _isDouble(Object? actual, Object? expected) =>
    actual is double && expected is num && actual == expected.toDouble();

/// The exact instant of [expected], to the microsecond, held in UTC.
bool _isUtcInstant(Object? actual, Object? expected) =>
    actual is DateTime && actual.isUtc && actual.toIso8601String() == expected;

/// A model object: its class, and each field read through its getter.
String? _fieldsDifference(
  Object? actual,
  Map<String, Object?> type,
  Object? expected,
  String path,
) {
  final decoded = decodedFieldsOf(actual);
  if (decoded == null) return '$path: ${_show(actual)}, expected a model';
  final className = type['class'];
  if (className != null && decoded.className != className) {
    return '$path: ${decoded.className}, expected $className';
  }
  final fields = type['fields'];
  if (fields is! Map<String, Object?> || expected is! Map<String, Object?>) {
    return '$path: ${jsonEncode(expected)}, expected an object';
  }
  for (final key in {...fields.keys, ...decoded.fields.keys}) {
    if (!decoded.fields.containsKey(key)) return '$path.$key: no such field';
    if (!fields.containsKey(key)) return '$path.$key: not in the contract';
    final inner = _fieldDifference(
      decoded.fields[key],
      fields[key],
      expected,
      key,
      '$path.$key',
    );
    if (inner != null) return inner;
  }
  return null;
}

/// One field: absent (null), a value, or for a nullish field a [Present].
String? _fieldDifference(
  Object? actual,
  Object? type,
  Map<String, Object?> expected,
  String key,
  String path,
) {
  if (type is! Map<String, Object?> || !type.containsKey('optional')) {
    if (!expected.containsKey(key)) return '$path: required, not expected';
    return _decodedDifference(actual, type, expected[key], path);
  }
  if (!expected.containsKey(key)) {
    return actual == null ? null : '$path: ${_show(actual)}, expected absent';
  }
  final inner = type['optional'];
  if (inner is Map<String, Object?> && inner.containsKey('nullable')) {
    if (actual is! Present<Object>) {
      return '$path: ${_show(actual)}, expected a Present';
    }
    return _decodedDifference(actual.value, inner, expected[key], path);
  }
  return _decodedDifference(actual, inner, expected[key], path);
}

/// A union: the variant class its tag names, or its unknown variant.
String? _variantDifference(
  Object? actual,
  Map<String, Object?> union,
  Object? expected,
  String path,
) {
  final tag = expected is Map<String, Object?> ? expected[union['tag']] : null;
  final variants = union['variants'] as Map<String, Object?>;
  final variant = variants[tag];
  if (variant != null) {
    return _decodedDifference(actual, {'model': variant}, expected, path);
  }
  final decoded = decodedFieldsOf(actual);
  if (decoded == null ||
      decoded.className != union['unknown'] ||
      decoded.tag != tag) {
    return '$path: ${_show(actual)}, expected ${union['unknown']} for $tag';
  }
  return _difference(decoded.fields, expected, path);
}

String _show(Object? value) => '$value (${value.runtimeType})';

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
