import 'package:acme_api/acme_api.dart';
import 'package:flutter/material.dart';

/// What the log-in screen says when the API ended the session (it expired,
/// or it was logged out on another device).
const sessionEndedNotice = 'Your session has ended. Log in again.';

/// Who is signed in: the [Session] the API returned at log-in, or none.
///
/// The app's [ApiClient] reads [token] before every signed-in call, and the
/// app shows the log-in screen whenever there is no session.
///
/// This example keeps the session in memory only, so the user logs in again
/// after every start of the app. A real app would keep the token in the
/// platform's secure storage (the iOS Keychain, the Android Keystore), for
/// example through the flutter_secure_storage package: read it once at
/// start, before the first call, write it in [start] and delete it in [end].
/// Never in shared preferences, which are plain files.
class SessionStore extends ChangeNotifier {
  Session? _session;
  String? _notice;

  /// The current session, or null when nobody is signed in.
  Session? get session => _session;

  /// The token to send as `Authorization: Bearer`, or null when nobody is
  /// signed in.
  String? get token => _session?.token;

  /// Why the last session ended when the user did not end it, for the log-in
  /// screen; null after a log-out or a new log-in.
  String? get notice => _notice;

  /// Signs in with [session], as `logIn` or `register` returned it.
  void start(Session session) {
    _session = session;
    _notice = null;
    notifyListeners();
  }

  /// Forgets the session; [notice] tells the log-in screen why, when the
  /// user did not ask for it.
  void end({String? notice}) {
    if (_session == null) return;
    _session = null;
    _notice = notice;
    notifyListeners();
  }

  /// Waits for [call], a call of a signed-in operation. When the API answers
  /// that the session is gone ([UnauthenticatedException]: it expired or was
  /// logged out elsewhere), ends it here too, which takes the app back to the
  /// log-in screen, and rethrows.
  ///
  /// A late answer to a call made in an earlier session leaves the current
  /// one alone.
  Future<T> guard<T>(Future<T> call) async {
    final session = _session;
    try {
      return await call;
    } on UnauthenticatedException {
      if (identical(session, _session)) end(notice: sessionEndedNotice);
      rethrow;
    }
  }
}
