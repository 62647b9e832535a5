// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'user.dart';

@immutable
final class Session {
  Session({
    required String token,
    required DateTime expiresAt,
    required User user,
  }) : this._(token: token, expiresAt: expiresAt.toUtc(), user: user);

  const Session._({
    required this.token,
    required this.expiresAt,
    required this.user,
  });

  factory Session.fromJson(Object? json, [String path = 'Session']) {
    final map = readObject(json, path);
    return Session._(
      token: readField(map, 'token', path, readString),
      expiresAt: readField(map, 'expiresAt', path, readDateTime),
      user: readField(map, 'user', path, User.fromJson),
    );
  }

  final String token;
  final DateTime expiresAt;
  final User user;

  Map<String, Object?> toJson() => {
    'token': token,
    'expiresAt': writeDateTime(expiresAt),
    'user': user.toJson(),
  };

  Session copyWith({String? token, DateTime? expiresAt, User? user}) {
    return Session._(
      token: token ?? this.token,
      expiresAt: expiresAt == null ? this.expiresAt : expiresAt.toUtc(),
      user: user ?? this.user,
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is Session &&
          token == other.token &&
          expiresAt == other.expiresAt &&
          user == other.user;

  @override
  int get hashCode => Object.hash(token, expiresAt, user);

  @override
  String toString() =>
      'Session(token: <redacted>, expiresAt: $expiresAt, user: $user)';
}
