import 'dart:convert';

import 'package:acme_api/acme_api.dart';
import 'package:http/http.dart' as http;
import 'package:http/testing.dart';
import 'package:tether_mobile/src/app.dart';
import 'package:tether_mobile/src/app_version.dart';
import 'package:tether_mobile/src/session.dart';

const projectId = '0d9c4f7e-3b1a-4c55-9a51-6f2b8e1d7a10';
const ownerId = '7b1e2c3d-4f5a-4b6c-8d7e-9f0a1b2c3d4e';
const createdAt = '2026-01-02T03:04:05.000Z';
const demoEmail = 'demo@example.com';
const demoPassword = 'tether-demo';

/// The JSON of the demo user, who owns the project.
Map<String, Object?> userJson() {
  return {
    'id': ownerId,
    'email': demoEmail,
    'displayName': 'Demo User',
    'avatarUrl': null,
    'createdAt': createdAt,
  };
}

/// The JSON of a project, as the server sends it.
Map<String, Object?> projectJson() {
  return {
    'id': projectId,
    'name': 'Home',
    'ownerId': ownerId,
    'settings': {
      'defaultStatus': 'todo',
      'color': '#3b82f6',
      'archived': false,
    },
    'createdAt': createdAt,
  };
}

/// The JSON of a task, as the server sends it: every defaulted field filled.
Map<String, Object?> taskJson({
  required String title,
  String id = '5f0c2a9e-8d41-4e3b-9c27-1a6b3d8e4f50',
  String status = 'todo',
  String description = '',
  List<Map<String, Object?>> attachments = const [],
}) {
  return {
    'id': id,
    'projectId': projectId,
    'title': title,
    'description': description,
    'status': status,
    'priority': 2,
    'estimateHours': 0,
    'assigneeId': null,
    'tags': <String>[],
    'metadata': <String, String>{},
    'attachments': attachments,
    'checklist': <Object?>[],
    'createdAt': createdAt,
    'updatedAt': createdAt,
  };
}

/// An in-memory stand-in for the API behind [MockClient], so the generated
/// [ApiClient] runs unchanged: real URLs, real JSON, real status codes.
///
/// Like the API, it answers every route but log-in with 401 UNAUTHENTICATED
/// unless the request carries `Authorization: Bearer` with a token it issued
/// and has not ended. Unless [signedIn] is false, the app starts signed in as
/// the demo user.
class FakeServer {
  FakeServer({List<Map<String, Object?>>? tasks, bool signedIn = true})
    : tasks = [...?tasks] {
    if (signedIn) session.start(Session.fromJson(_startSession()));
  }

  static final baseUri = Uri.parse('http://api.test/api/v1');

  /// Tasks as JSON, newest first.
  final List<Map<String, Object?>> tasks;

  /// Projects as JSON.
  final List<Map<String, Object?>> projects = [projectJson()];

  /// Every request received, in order.
  final List<http.Request> requests = [];

  /// Titles that `POST /tasks` rejects, with the message to reject them with.
  final Map<String, String> rejectedTitles = {};

  /// How many of the next requests fail with 503 UNAVAILABLE.
  int failNext = 0;

  /// App versions the server no longer serves (answered 426), and the oldest
  /// version it still serves.
  final Set<String> retiredVersions = {};
  String minimumAppVersion = '99.0.0';

  /// Passwords by email: the accounts that can log in.
  final Map<String, String> passwords = {demoEmail: demoPassword};

  /// The session tokens issued and not ended.
  final Set<String> tokens = {};
  int _issued = 0;

  /// The app's session holder, read by [client]'s token provider as in
  /// main.dart.
  final SessionStore session = SessionStore();

  late final ApiClient client = ApiClient(
    baseUri: baseUri,
    appVersion: appVersion,
    httpClient: MockClient(_handle),
    tokenProvider: () => session.token,
  );

  /// The app as main.dart builds it, on this server.
  TaskBoardApp app() => TaskBoardApp(client: client, session: session);

  /// Ends every session, as their expiry or a log-out on another device
  /// would: the next signed-in call is answered 401.
  void endSessions() => tokens.clear();

  Future<http.Response> _handle(http.Request request) async {
    requests.add(request);
    if (retiredVersions.contains(request.headers['x-app-version'])) {
      final body = {
        'code': 'UPDATE_REQUIRED',
        'message': 'Update to $minimumAppVersion or later',
        'minimumAppVersion': minimumAppVersion,
      };
      return _json(426, body);
    }
    if (failNext > 0) {
      failNext--;
      return _error(503, 'UNAVAILABLE', 'The database is restarting');
    }
    final route = '${request.method} ${request.url.path}';
    if (route == 'POST /api/v1/auth/login') return _logIn(request);
    final token = request.headers['authorization']?.replaceFirst('Bearer ', '');
    if (token == null || !tokens.contains(token)) {
      const message = 'Sign in to continue: the session has expired';
      return _error(401, 'UNAUTHENTICATED', message);
    }
    return switch (route) {
      'POST /api/v1/auth/logout' => _logOut(token),
      'GET /api/v1/tasks' => _json(200, _page(tasks)),
      'GET /api/v1/projects' => _json(200, _page(projects)),
      'POST /api/v1/tasks' => _createTask(request),
      _ => _error(404, 'NOT_FOUND', 'No route $route'),
    };
  }

  Map<String, Object?> _startSession() {
    final token = 'session-${++_issued}-'.padRight(43, '0');
    tokens.add(token);
    return {
      'token': token,
      'expiresAt': '2099-01-01T00:00:00.000Z',
      'user': userJson(),
    };
  }

  http.Response _logIn(http.Request request) {
    final input = jsonDecode(request.body) as Map<String, Object?>;
    final password = passwords[input['email']];
    if (password == null || password != input['password']) {
      return _error(401, 'UNAUTHENTICATED', 'Wrong email or password');
    }
    return _json(200, _startSession());
  }

  http.Response _logOut(String token) {
    tokens.remove(token);
    return http.Response('', 204);
  }

  http.Response _createTask(http.Request request) {
    final input = jsonDecode(request.body) as Map<String, Object?>;
    final title = input['title'] as String;
    final rejection = rejectedTitles[title];
    if (rejection != null) {
      final detail = {'location': 'body', 'path': 'title'};
      detail['message'] = rejection;
      return _error(400, 'VALIDATION_FAILED', 'Invalid body', [detail]);
    }
    final task = taskJson(
      id: _uuid(tasks.length + 1),
      title: title,
      description: input['description'] as String? ?? '',
      status: input['status'] as String? ?? 'todo',
    );
    tasks.insert(0, task);
    return _json(201, task);
  }
}

/// A well-formed UUID numbered [n], so created tasks get distinct ids.
String _uuid(int n) {
  final suffix = n.toString().padLeft(12, '0');
  return '00000000-0000-4000-8000-$suffix';
}

Map<String, Object?> _page(List<Map<String, Object?>> items) {
  return {'items': items, 'nextCursor': null};
}

http.Response _json(int status, Object body) {
  return http.Response(
    jsonEncode(body),
    status,
    headers: {'content-type': 'application/json; charset=utf-8'},
  );
}

http.Response _error(int status, String code, String text, [Object? details]) {
  final body = <String, Object?>{
    'code': code,
    'message': text,
    if (details != null) 'details': details,
  };
  return _json(status, body);
}
