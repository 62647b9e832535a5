// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import '../json_helpers.dart';
import 'user.dart';

final class UserPage {
  const UserPage({required this.items, required this.nextCursor});

  factory UserPage.fromJson(Object? json, [String path = 'UserPage']) {
    final map = readObject(json, path);
    return UserPage(
      items: readField(map, 'items', path, listOf(User.fromJson)),
      nextCursor: readField(map, 'nextCursor', path, nullableOf(readString)),
    );
  }

  final List<User> items;
  final String? nextCursor;

  Map<String, Object?> toJson() => {
    'items': [for (final e0 in items) e0.toJson()],
    'nextCursor': nextCursor,
  };

  UserPage copyWith({List<User>? items, String? Function()? nextCursor}) {
    return UserPage(
      items: items ?? this.items,
      nextCursor: nextCursor == null ? this.nextCursor : nextCursor(),
    );
  }

  @override
  bool operator ==(Object other) =>
      identical(this, other) ||
      other is UserPage &&
          deepEquals(items, other.items) &&
          nextCursor == other.nextCursor;

  @override
  int get hashCode => Object.hashAll([deepHash(items), nextCursor]);

  @override
  String toString() => 'UserPage(${toJson()})';
}
