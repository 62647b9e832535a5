import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';

import 'support/fake_server.dart';

/// Opens the create flow from the task list.
Future<void> openCreateFlow(WidgetTester tester, FakeServer server) async {
  await tester.pumpWidget(server.app());
  await tester.pumpAndSettle();
  await tester.tap(find.text('New task'));
  await tester.pumpAndSettle();
}

void main() {
  testWidgets('creates a task and lists it', (tester) async {
    final server = FakeServer();
    await openCreateFlow(tester, server);

    expect(find.text('Home'), findsOneWidget);
    await tester.enterText(find.byKey(const Key('title')), 'Buy milk');
    await tester.enterText(find.byKey(const Key('description')), 'Oat');
    await tester.tap(find.text('Create'));
    await tester.pumpAndSettle();

    final post = server.requests.singleWhere((r) => r.method == 'POST');
    expect(post.url.path, '/api/v1/tasks');
    final body = jsonDecode(post.body) as Map<String, Object?>;
    expect(body['projectId'], projectId);
    expect(body['title'], 'Buy milk');
    expect(body['description'], 'Oat');

    expect(find.text('Buy milk'), findsOneWidget);
    expect(find.text('Created Buy milk'), findsOneWidget);
    expect(find.text('No tasks yet'), findsNothing);
  });

  testWidgets('checks the title before sending', (tester) async {
    final server = FakeServer();
    await openCreateFlow(tester, server);

    await tester.tap(find.text('Create'));
    await tester.pumpAndSettle();

    expect(find.text('Enter a title'), findsOneWidget);
    expect(server.requests.where((r) => r.method == 'POST'), isEmpty);
  });

  testWidgets('shows the server verdict on the title', (tester) async {
    final server = FakeServer();
    server.rejectedTitles['Taken'] = 'A task with this title exists';
    await openCreateFlow(tester, server);

    await tester.enterText(find.byKey(const Key('title')), 'Taken');
    await tester.tap(find.text('Create'));
    await tester.pumpAndSettle();

    expect(find.text('A task with this title exists'), findsOneWidget);
    expect(find.text('New task'), findsOneWidget);
    expect(server.tasks, isEmpty);
  });
}
