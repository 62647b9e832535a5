import 'package:flutter_test/flutter_test.dart';
import 'package:tether_mobile/src/app_version.dart';

import 'support/fake_server.dart';

/// The server has retired this app version: every call answers 426, and the
/// app shows the update screen instead of an error with a retry button.
void main() {
  testWidgets('a retired app version shows the update screen', (tester) async {
    final server = FakeServer(tasks: [taskJson(title: 'Never shown')])
      ..retiredVersions.add(appVersion)
      ..minimumAppVersion = '2.0.0';

    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    expect(server.requests.single.headers['x-app-version'], appVersion);
    expect(find.text('Update required'), findsOneWidget);
    expect(
      find.text(
        'This version of the app is no longer supported. '
        'Install version 2.0.0 or later to continue.',
      ),
      findsOneWidget,
    );
    expect(find.text('Retry'), findsNothing);
    expect(find.text('Never shown'), findsNothing);
  });

  testWidgets('a supported version is served as before', (tester) async {
    final server = FakeServer(tasks: [taskJson(title: 'Shown')])
      ..retiredVersions.add('0.0.1');

    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    expect(find.text('Shown'), findsOneWidget);
    expect(find.text('Update required'), findsNothing);
  });
}
