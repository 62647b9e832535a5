// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';

@immutable
final class LogInInput {
  const LogInInput({required this.email, required this.password});

  factory LogInInput.fromJson(Object? json, [String path = 'LogInInput']) {
    final map = readObject(json, path);
    return LogInInput(
      email: readField(map, 'email', path, readString),
      password: readField(map, 'password', path, readString),
    );
  }

  final String email;
  final String password;

  Map<String, Object?> toJson() => {'email': email, 'password': password};

  LogInInput copyWith({String? email, String? password}) {
    return LogInInput(
      email: email ?? this.email,
      password: password ?? this.password,
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is LogInInput &&
          email == other.email &&
          password == other.password;

  @override
  int get hashCode => Object.hash(email, password);

  @override
  String toString() => 'LogInInput(email: $email, password: <redacted>)';
}
