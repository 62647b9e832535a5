import 'dart:convert';

import 'package:flutter/material.dart';
import 'package:flutter_test/flutter_test.dart';
import 'package:tether_mobile/src/app_version.dart';
import 'package:tether_mobile/src/session.dart';

import 'support/fake_server.dart';

/// Types [email] and [password] into the log-in form and sends it.
Future<void> logIn(WidgetTester tester, String email, String password) async {
  await tester.enterText(find.byKey(const Key('email')), email);
  await tester.enterText(find.byKey(const Key('password')), password);
  await tester.tap(find.text('Log in'));
  await tester.pumpAndSettle();
}

void main() {
  testWidgets('logs in and shows the board', (tester) async {
    final server = FakeServer(
      tasks: [taskJson(title: 'Water the plants')],
      signedIn: false,
    );
    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    expect(
      find.text('Demo account: $demoEmail / $demoPassword'),
      findsOneWidget,
    );
    expect(server.requests, isEmpty);

    await logIn(tester, ' $demoEmail ', demoPassword);

    final login = server.requests.first;
    expect(login.method, 'POST');
    expect(login.url.path, '/api/v1/auth/login');
    expect(login.headers['authorization'], isNull);
    expect(jsonDecode(login.body), {
      'email': demoEmail,
      'password': demoPassword,
    });
    final token = server.session.token;
    expect(server.tokens, {token});
    final list = server.requests.last;
    expect(list.url.path, '/api/v1/tasks');
    expect(list.headers['authorization'], 'Bearer $token');
    expect(find.text('Water the plants'), findsOneWidget);
    expect(find.byKey(const Key('password')), findsNothing);
  });

  testWidgets('the demo button fills in the demo account', (tester) async {
    final server = FakeServer(signedIn: false);
    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    await tester.tap(find.text('Use the demo account'));
    await tester.tap(find.text('Log in'));
    await tester.pumpAndSettle();

    expect(server.session.session?.user.email, demoEmail);
    expect(find.text('No tasks yet'), findsOneWidget);
  });

  testWidgets('a wrong password shows the API message', (tester) async {
    final server = FakeServer(signedIn: false);
    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    await logIn(tester, demoEmail, 'not-the-password');

    expect(find.text('Wrong email or password'), findsOneWidget);
    expect(find.byKey(const Key('password')), findsOneWidget);
    expect(server.session.session, isNull);
    expect(server.tokens, isEmpty);
    expect(server.requests, hasLength(1));
  });

  testWidgets('checks that both fields are filled before sending', (
    tester,
  ) async {
    final server = FakeServer(signedIn: false);
    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    await logIn(tester, '', '');

    expect(find.text('Enter your email'), findsOneWidget);
    expect(find.text('Enter your password'), findsOneWidget);
    expect(server.requests, isEmpty);
  });

  testWidgets('a 401 on the board returns to the log-in screen', (
    tester,
  ) async {
    final server = FakeServer(tasks: [taskJson(title: 'Before expiry')]);
    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();
    expect(find.text('Before expiry'), findsOneWidget);

    server.endSessions();
    await tester.tap(find.byTooltip('Refresh'));
    await tester.pumpAndSettle();

    expect(server.requests.last.url.path, '/api/v1/tasks');
    expect(server.session.session, isNull);
    expect(find.text('Before expiry'), findsNothing);
    expect(find.byKey(const Key('email')), findsOneWidget);
    expect(find.text(sessionEndedNotice), findsOneWidget);

    await logIn(tester, demoEmail, demoPassword);

    expect(find.text('Before expiry'), findsOneWidget);
    expect(find.text(sessionEndedNotice), findsNothing);
  });

  testWidgets('a 401 in the create flow returns to the log-in screen', (
    tester,
  ) async {
    final server = FakeServer();
    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();
    await tester.tap(find.text('New task'));
    await tester.pumpAndSettle();

    server.endSessions();
    await tester.enterText(find.byKey(const Key('title')), 'Too late');
    await tester.tap(find.text('Create'));
    await tester.pumpAndSettle();

    expect(find.byKey(const Key('title')), findsNothing);
    expect(find.byKey(const Key('email')), findsOneWidget);
    expect(find.text(sessionEndedNotice), findsOneWidget);
    expect(server.tasks, isEmpty);
  });

  testWidgets('logs out on the server and returns to log-in', (tester) async {
    final server = FakeServer();
    final token = server.session.token;
    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    await tester.tap(find.byTooltip('Log out'));
    await tester.pumpAndSettle();

    final logout = server.requests.last;
    expect(logout.method, 'POST');
    expect(logout.url.path, '/api/v1/auth/logout');
    expect(logout.headers['authorization'], 'Bearer $token');
    expect(server.tokens, isEmpty);
    expect(server.session.session, isNull);
    expect(find.byKey(const Key('email')), findsOneWidget);
    expect(find.text(sessionEndedNotice), findsNothing);
  });

  testWidgets('a retired app version shows the update screen', (tester) async {
    final server = FakeServer(signedIn: false)
      ..retiredVersions.add(appVersion)
      ..minimumAppVersion = '2.0.0';
    await tester.pumpWidget(server.app());
    await tester.pumpAndSettle();

    await logIn(tester, demoEmail, demoPassword);

    expect(find.text('Update required'), findsOneWidget);
    expect(server.session.session, isNull);
  });
}
