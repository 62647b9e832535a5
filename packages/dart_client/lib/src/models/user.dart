// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';

@immutable
final class User {
  User({
    required String id,
    required String email,
    required String displayName,
    required String? avatarUrl,
    required DateTime createdAt,
  }) : this._(
         id: id,
         email: email,
         displayName: displayName,
         avatarUrl: avatarUrl,
         createdAt: createdAt.toUtc(),
       );

  const User._({
    required this.id,
    required this.email,
    required this.displayName,
    required this.avatarUrl,
    required this.createdAt,
  });

  factory User.fromJson(Object? json, [String path = 'User']) {
    final map = readObject(json, path);
    return User._(
      id: readField(map, 'id', path, readString),
      email: readField(map, 'email', path, readString),
      displayName: readField(map, 'displayName', path, readString),
      avatarUrl: readField(map, 'avatarUrl', path, nullableOf(readString)),
      createdAt: readField(map, 'createdAt', path, readDateTime),
    );
  }

  final String id;
  final String email;
  final String displayName;
  final String? avatarUrl;
  final DateTime createdAt;

  Map<String, Object?> toJson() => {
    'id': id,
    'email': email,
    'displayName': displayName,
    'avatarUrl': avatarUrl,
    'createdAt': writeDateTime(createdAt),
  };

  User copyWith({
    String? id,
    String? email,
    String? displayName,
    String? Function()? avatarUrl,
    DateTime? createdAt,
  }) {
    return User._(
      id: id ?? this.id,
      email: email ?? this.email,
      displayName: displayName ?? this.displayName,
      avatarUrl: avatarUrl == null ? this.avatarUrl : avatarUrl(),
      createdAt: createdAt == null ? this.createdAt : createdAt.toUtc(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is User &&
          id == other.id &&
          email == other.email &&
          displayName == other.displayName &&
          avatarUrl == other.avatarUrl &&
          createdAt == other.createdAt;

  @override
  int get hashCode => Object.hash(id, email, displayName, avatarUrl, createdAt);

  @override
  String toString() =>
      'User(id: $id, email: $email, displayName: $displayName, '
      'avatarUrl: $avatarUrl, createdAt: $createdAt)';
}
