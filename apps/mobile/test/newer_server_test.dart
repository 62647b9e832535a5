import 'package:flutter_test/flutter_test.dart';

import 'support/fake_server.dart';

/// A server one release ahead of this app: a status and an attachment kind
/// the generated package has never heard of. The app must still render.
void main() {
  testWidgets('renders values added by a newer server', (tester) async {
    final attachments = [
      {'kind': 'video', 'url': 'https://example.com/v.mp4', 'seconds': 12},
      {'kind': 'link', 'url': 'https://example.com/spec', 'title': 'Spec'},
    ];
    final server = FakeServer(
      tasks: [
        taskJson(
          title: 'From the future',
          status: 'archived',
          attachments: attachments,
        ),
        taskJson(title: 'Plain task'),
      ],
    );

    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    expect(tester.takeException(), isNull);
    expect(find.text('From the future'), findsOneWidget);
    expect(find.text('Unknown status'), findsOneWidget);
    expect(find.text('Unsupported attachment (video)'), findsOneWidget);
    expect(find.text('Spec'), findsOneWidget);
    expect(find.text('Plain task'), findsOneWidget);
    expect(find.text('To do'), findsOneWidget);
  });
}
