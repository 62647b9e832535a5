import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

import 'src/app.dart';
import 'src/app_version.dart';
import 'src/session.dart';

/// The API's base URL, e.g.
/// `flutter run --dart-define=API_BASE_URL=http://127.0.0.1:3000/api/v1`.
///
/// The default reaches `pnpm start` on the development machine from an
/// Android emulator, where 10.0.2.2 is the host's loopback address.
const apiBaseUrl = String.fromEnvironment(
  'API_BASE_URL',
  defaultValue: 'http://10.0.2.2:3000/api/v1',
);

void main() {
  final session = SessionStore();
  final client = ApiClient(
    baseUri: Uri.parse(apiBaseUrl),
    appVersion: appVersion,
    // Asked before every signed-in call, so logging in or out needs no new
    // client; public calls (logIn) never send a token.
    tokenProvider: () => session.token,
  );
  runApp(TaskBoardApp(client: client, session: session));
}
