import 'package:flutter_test/flutter_test.dart';

import 'support/fake_server.dart';

void main() {
  testWidgets('lists the tasks the server returns', (tester) async {
    final server = FakeServer(
      tasks: [
        taskJson(title: 'Write the README', status: 'in_progress'),
        taskJson(title: 'Ship 1.0', status: 'done', description: 'Tag it'),
      ],
    );

    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    expect(find.text('Write the README'), findsOneWidget);
    expect(find.text('In progress'), findsOneWidget);
    expect(find.text('Ship 1.0'), findsOneWidget);
    expect(find.text('Tag it'), findsOneWidget);
    expect(find.text('Done'), findsOneWidget);
    final request = server.requests.single;
    expect(request.method, 'GET');
    expect(request.url.path, '/api/v1/tasks');
  });

  testWidgets('shows known attachment kinds', (tester) async {
    final attachments = [
      {'kind': 'link', 'url': 'https://example.com/spec', 'title': 'Spec'},
      {
        'kind': 'file',
        'fileName': 'notes.txt',
        'mimeType': 'text/plain',
        'sizeBytes': 1536,
      },
      {
        'kind': 'image',
        'url': 'https://example.com/a.png',
        'width': 640,
        'height': 480,
        'altText': '',
      },
    ];
    final server = FakeServer(
      tasks: [taskJson(title: 'Review', attachments: attachments)],
    );

    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    expect(find.text('Spec'), findsOneWidget);
    expect(find.text('notes.txt, 1.5 KB'), findsOneWidget);
    expect(find.text('Image, 640x480'), findsOneWidget);
  });

  testWidgets('says so when there are no tasks', (tester) async {
    final server = FakeServer();

    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    expect(find.text('No tasks yet'), findsOneWidget);
  });

  testWidgets('shows a server error and retries', (tester) async {
    final server = FakeServer(tasks: [taskJson(title: 'Back online')]);
    server.failNext = 1;

    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    expect(find.text('The database is restarting'), findsOneWidget);
    expect(find.text('Back online'), findsNothing);

    await tester.tap(find.text('Retry'));
    await tester.pumpAndSettle();

    expect(find.text('Back online'), findsOneWidget);
    expect(server.requests, hasLength(2));
  });
}
