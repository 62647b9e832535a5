// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

// Runtime support for the generated models. Only Present and WireEnum are part
// of the package's public API (the barrel shows no more); the readers are for
// the model files.

import 'dart:convert';

/// A value that is present on the wire, possibly as `null`.
///
/// Used for fields that may be absent and may be null (Zod `.nullish()`),
/// where the two mean different things: in a PATCH body, an absent field is
/// left unchanged while `null` clears it. A field of type `Present<T>?` is
/// absent when it is `null`, and sends `null` when it is `Present(null)`.
final class Present<T extends Object> {
  const Present(this.value);

  final T? value;

  /// Encodes [value] with [write], or `null`.
  Object? encode(Object? Function(T value) write) {
    final value = this.value;
    return value == null ? null : write(value);
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is Present<T> && deepEquals(value, other.value);

  @override
  int get hashCode => deepHash(value);

  @override
  String toString() => 'Present($value)';
}

/// Implemented by every generated enum: `unknown` stands for a value added to
/// the contract after this package was generated.
abstract interface class WireEnum {
  /// Whether this is the fallback for a value this version does not know.
  bool get isUnknown;
}

/// Decodes one JSON value found at a path (for error messages).
typedef JsonReader<T> = T Function(Object? json, String path);

Never _fail(String path, String expected, Object? got) =>
    throw FormatException('$path: expected $expected, got ${_describe(got)}');

String _describe(Object? value) {
  if (value is Map) return 'an object';
  if (value is List) return 'an array';
  final text = jsonEncode(value);
  return text.length > 60 ? '${text.substring(0, 57)}...' : text;
}

/// A JSON object, with the keys a JSON decoder produces.
Map<String, Object?> readObject(Object? json, String path) {
  if (json is Map<String, Object?>) return json;
  if (json is Map && json.keys.every((key) => key is String)) {
    return json.cast<String, Object?>();
  }
  _fail(path, 'an object', json);
}

String readString(Object? json, String path) =>
    json is String ? json : _fail(path, 'a string', json);

bool readBool(Object? json, String path) =>
    json is bool ? json : _fail(path, 'a boolean', json);

/// An integer; `3.0` counts, as it does for Zod's `.int()` in JavaScript.
int readInt(Object? json, String path) {
  if (json is int) return json;
  if (json is double && json.isFinite && json == json.truncateToDouble()) {
    return json.toInt();
  }
  _fail(path, 'an integer', json);
}

/// Any JSON number: `2` decodes as `2.0`.
double readDouble(Object? json, String path) =>
    json is num ? json.toDouble() : _fail(path, 'a number', json);

// As z.iso.datetime() checks an instant: a calendar date (below), hours 00-23,
// minutes and seconds 00-59, seconds required, any number of fractional digits;
// and `Z`, or a UTC offset, which the server may start sending.
final _instant = RegExp(
  r'^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?'
  r'(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$',
);

const _daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/// Whether the date of an [_instant] match exists: DateTime.parse would roll
/// 2024-02-30 over to March 1st, where Zod rejects it.
bool _isCalendarDate(RegExpMatch match) {
  final year = int.parse(match[1]!);
  final month = int.parse(match[2]!);
  final day = int.parse(match[3]!);
  if (month < 1 || month > 12 || day < 1) return false;
  final leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return day <= (month == 2 && leap ? 29 : _daysInMonth[month - 1]);
}

/// An ISO-8601 instant with `Z` or an offset, converted to UTC. One without
/// either would be read as local time, which the contract never sends. Digits
/// past the microsecond are dropped (on the web, past the millisecond).
DateTime readDateTime(Object? json, String path) {
  final text = readString(json, path);
  final match = _instant.firstMatch(text);
  if (match == null || !_isCalendarDate(match)) {
    _fail(path, 'an ISO-8601 date-time in UTC', json);
  }
  return DateTime.parse(text).toUtc();
}

/// A date-time as the contract sends it: UTC ISO-8601 with `Z`.
String writeDateTime(DateTime value) => value.toUtc().toIso8601String();

/// Checks a literal (constant) field, which must be present.
void readLiteral(
  Map<String, Object?> map,
  String key,
  String path,
  Object literal,
) {
  final json = readField(map, key, path, (json, _) => json);
  if (json != literal) _fail('$path.$key', jsonEncode(literal), json);
}

JsonReader<List<T>> listOf<T>(JsonReader<T> item) => (json, path) {
  if (json is! List) _fail(path, 'an array', json);
  return List<T>.unmodifiable([
    for (var i = 0; i < json.length; i++) item(json[i], '$path[$i]'),
  ]);
};

JsonReader<Map<String, T>> mapOf<T>(JsonReader<T> value) => (json, path) {
  final map = readObject(json, path);
  return Map<String, T>.unmodifiable({
    for (final entry in map.entries)
      entry.key: value(entry.value, '$path[${jsonEncode(entry.key)}]'),
  });
};

JsonReader<T?> nullableOf<T extends Object>(JsonReader<T> read) =>
    (json, path) => json == null ? null : read(json, path);

/// A field that must be present.
T readField<T>(
  Map<String, Object?> map,
  String key,
  String path,
  JsonReader<T> read,
) {
  if (!map.containsKey(key)) {
    throw FormatException('$path.$key: required field is missing');
  }
  return read(map[key], '$path.$key');
}

/// A field that may be absent but is never null when present.
T? readOptionalField<T extends Object>(
  Map<String, Object?> map,
  String key,
  String path,
  JsonReader<T> read,
) => map.containsKey(key) ? read(map[key], '$path.$key') : null;

/// A field that may be absent and may be null: absent is `null`.
Present<T>? readNullishField<T extends Object>(
  Map<String, Object?> map,
  String key,
  String path,
  JsonReader<T> read,
) {
  if (!map.containsKey(key)) return null;
  final json = map[key];
  return Present(json == null ? null : read(json, '$path.$key'));
}

/// A field the server fills with a default when absent, as Zod does.
T readDefaultedField<T>(
  Map<String, Object?> map,
  String key,
  String path,
  JsonReader<T> read,
  T fallback,
) => map.containsKey(key) ? read(map[key], '$path.$key') : fallback;

/// The raw JSON of the fields whose decoded value holds an unknown enum value,
/// so that `toJson` writes back what it received.
Map<String, Object?> unknownWireOf(
  Map<String, Object?> json,
  Map<String, Object?> decoded,
) => Map.unmodifiable({
  for (final entry in decoded.entries)
    if (_holdsUnknown(entry.value)) entry.key: frozenJson(json[entry.key]),
});

/// [wire] without the entries of fields replaced by `copyWith`.
Map<String, Object?> keepWire(
  Map<String, Object?> wire,
  Iterable<String> replaced,
) {
  if (wire.isEmpty) return wire;
  final kept = Map.of(wire)..removeWhere((key, _) => replaced.contains(key));
  return Map.unmodifiable(kept);
}

bool _holdsUnknown(Object? value) => switch (value) {
  WireEnum enumValue => enumValue.isUnknown,
  List<Object?> list => list.any(_holdsUnknown),
  Map<Object?, Object?> map => map.values.any(_holdsUnknown),
  Present<Object> present => _holdsUnknown(present.value),
  _ => false,
};

/// A deep, unmodifiable copy of a JSON value: a model keeps no object or
/// array its caller can still change.
Object? frozenJson(Object? json) => switch (json) {
  Map<Object?, Object?> map => frozenObject(map),
  List<Object?> list => List<Object?>.unmodifiable(list.map(frozenJson)),
  _ => json,
};

/// [frozenJson] of a JSON object.
Map<String, Object?> frozenObject(Map<Object?, Object?> map) =>
    Map.unmodifiable({
      for (final entry in map.entries) '${entry.key}': frozenJson(entry.value),
    });

/// The same instant in UTC: models hold UTC only, as `DateTime ==` compares
/// `isUtc` too.
DateTime frozenDateTime(DateTime value) => value.toUtc();

/// An unmodifiable copy of [list], each item through [item] if given.
List<T> frozenList<T>(List<T> list, [T Function(T item)? item]) =>
    List<T>.unmodifiable(item == null ? list : list.map(item));

/// An unmodifiable copy of [map], each value through [value] if given.
Map<String, T> frozenMap<T>(Map<String, T> map, [T Function(T value)? value]) =>
    Map<String, T>.unmodifiable(
      value == null ? map : map.map((key, item) => MapEntry(key, value(item))),
    );

/// [value] through [freeze], or null.
T? frozenOrNull<T extends Object>(T? value, T Function(T value) freeze) =>
    value == null ? null : freeze(value);

/// [present] with its value through [freeze], or null.
Present<T>? frozenPresent<T extends Object>(
  Present<T>? present,
  T Function(T value) freeze,
) => present == null ? null : Present(frozenOrNull(present.value, freeze));

/// Structural equality over lists and maps (models compare their fields).
bool deepEquals(Object? a, Object? b) {
  if (identical(a, b)) return true;
  if (a is List && b is List) {
    if (a.length != b.length) return false;
    for (var i = 0; i < a.length; i++) {
      if (!deepEquals(a[i], b[i])) return false;
    }
    return true;
  }
  if (a is Map && b is Map) {
    if (a.length != b.length) return false;
    for (final key in a.keys) {
      if (!b.containsKey(key) || !deepEquals(a[key], b[key])) return false;
    }
    return true;
  }
  return a == b;
}

/// A hash consistent with [deepEquals].
int deepHash(Object? value) => switch (value) {
  List<Object?> list => Object.hashAll(list.map(deepHash)),
  Map<Object?, Object?> map => Object.hashAllUnordered(
    map.entries.map((entry) => Object.hash(entry.key, deepHash(entry.value))),
  ),
  _ => value.hashCode,
};
