// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';

@immutable
final class RegisterInput {
  const RegisterInput({
    required this.email,
    required this.password,
    required this.displayName,
  });

  factory RegisterInput.fromJson(
    Object? json, [
    String path = 'RegisterInput',
  ]) {
    final map = readObject(json, path);
    return RegisterInput(
      email: readField(map, 'email', path, readString),
      password: readField(map, 'password', path, readString),
      displayName: readField(map, 'displayName', path, readString),
    );
  }

  final String email;
  final String password;
  final String displayName;

  Map<String, Object?> toJson() => {
    'email': email,
    'password': password,
    'displayName': displayName,
  };

  RegisterInput copyWith({
    String? email,
    String? password,
    String? displayName,
  }) {
    return RegisterInput(
      email: email ?? this.email,
      password: password ?? this.password,
      displayName: displayName ?? this.displayName,
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is RegisterInput &&
          email == other.email &&
          password == other.password &&
          displayName == other.displayName;

  @override
  int get hashCode => Object.hash(email, password, displayName);

  @override
  String toString() =>
      'RegisterInput(email: $email, password: <redacted>, '
      'displayName: $displayName)';
}
