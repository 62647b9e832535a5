// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'package:meta/meta.dart';

import '../json_helpers.dart';
import 'user.dart';

/// One page: at most `limit` items and about 1048576 bytes of them, so a page
/// may hold fewer than `limit` with more to come. Follow `nextCursor` until it
/// is null.
@immutable
final class UserPage {
  UserPage({
    required List<User> items,
    required String? nextCursor,
  }) : this._(items: frozenList(items), nextCursor: nextCursor);

  const UserPage._({required this.items, required this.nextCursor});

  factory UserPage.fromJson(Object? json, [String path = 'UserPage']) {
    final map = readObject(json, path);
    return UserPage._(
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
    return UserPage._(
      items: items == null ? this.items : frozenList(items),
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
  int get hashCode => Object.hash(deepHash(items), nextCursor);

  @override
  String toString() => 'UserPage(items: $items, nextCursor: $nextCursor)';
}
