// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

import 'dart:async';
import 'dart:convert';

import 'package:http/http.dart' as http;

import '../acme_api.dart';

/// Returns the session token of the signed-in user, or null when nobody is
/// signed in.
///
/// [ApiClient] calls it before each request of an operation that needs a
/// signed-in user (and never for public ones), so a new token after a log-in,
/// or none after a log-out, takes effect without a new client.
typedef TokenProvider = FutureOr<String?> Function();

/// A typed client of the API: one method per operation of the contract.
///
/// Methods return decoded models and throw [ApiException] when the API
/// answers with a status outside 2xx ([UnauthenticatedException] for a 401,
/// [UpdateRequiredException] for a 426). Transport failures surface as
/// `http.ClientException`, and a 2xx body that is not the promised model as
/// [FormatException].
class ApiClient {
  /// A client of the API at [baseUri], which includes the version prefix,
  /// e.g. `Uri.parse('https://api.example.com/api/v1')`.
  ///
  /// [tokenProvider] supplies the session token the API issued at log-in.
  /// Operations that need a signed-in user send it as
  /// `Authorization: Bearer <token>`; public ones send none. Without a
  /// provider, or when it returns null, signed-in operations go without a
  /// token and throw [UnauthenticatedException].
  ///
  /// Pass [httpClient] to share one or to test with `MockClient`; [close]
  /// then leaves it open. [headers] runs before every request: return the
  /// headers to add (a trace id, say).
  ///
  /// [appVersion] is the app's own version (its pubspec `version`), sent with
  /// every request so that the server can retire old versions: a retired one
  /// gets [UpdateRequiredException] from every call.
  ApiClient({
    required this.baseUri,
    this.appVersion,
    http.Client? httpClient,
    FutureOr<Map<String, String>> Function()? headers,
    TokenProvider? tokenProvider,
  }) : _http = httpClient ?? http.Client(),
       _ownsHttpClient = httpClient == null,
       _headers = headers,
       _tokenProvider = tokenProvider;

  /// The version of the contract this package was generated from, sent with
  /// every request.
  static const contractVersion = '0.1.0';

  /// The API root that every operation's path is resolved against.
  final Uri baseUri;

  /// The app's version, sent with every request (see [ApiClient.new]).
  final String? appVersion;

  final http.Client _http;
  final bool _ownsHttpClient;
  final FutureOr<Map<String, String>> Function()? _headers;
  final TokenProvider? _tokenProvider;

  /// Report the state of the API and its database.
  ///
  /// `GET /health` answers 200 with a [Health]. Throws [ApiException] on any
  /// other status.
  Future<Health> health() async {
    final json = await _send('GET', ['health']);
    return Health.fromJson(json);
  }

  /// Create an account and sign in to it.
  ///
  /// `POST /auth/register` answers 201 with a [Session]. Throws [ApiException]
  /// on any other status. Its own error codes: `CONFLICT`.
  Future<Session> register(RegisterInput body) async {
    final json = await _send('POST', ['auth', 'register'], body: body.toJson());
    return Session.fromJson(json);
  }

  /// Sign in with an email and password (rate limited per account and per
  /// address).
  ///
  /// `POST /auth/login` answers 200 with a [Session]. Throws [ApiException] on
  /// any other status. Its own error codes: `UNAUTHENTICATED`.
  Future<Session> logIn(LogInInput body) async {
    final json = await _send('POST', ['auth', 'login'], body: body.toJson());
    return Session.fromJson(json);
  }

  /// End the session whose token made this call.
  ///
  /// `POST /auth/logout` answers 204 with no body. Throws [ApiException] on any
  /// other status.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<void> logOut() async {
    await _send('POST', ['auth', 'logout'], signedIn: true);
  }

  /// Get the signed-in user.
  ///
  /// `GET /auth/me` answers 200 with a [User]. Throws [ApiException] on any
  /// other status.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<User> getCurrentUser() async {
    final json = await _send('GET', ['auth', 'me'], signedIn: true);
    return User.fromJson(json);
  }

  /// List users, newest first.
  ///
  /// `GET /users` answers 200 with a [UserPage]. Throws [ApiException] on any
  /// other status.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<UserPage> listUsers({int? limit, String? cursor}) async {
    final json = await _send(
      'GET',
      ['users'],
      query: {
        if (limit != null) 'limit': '$limit',
        if (cursor != null) 'cursor': cursor,
      },
      signedIn: true,
    );
    return UserPage.fromJson(json);
  }

  /// Get one user.
  ///
  /// `GET /users/{userId}` answers 200 with a [User]. Throws [ApiException] on
  /// any other status. Its own error codes: `NOT_FOUND`.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<User> getUser(String userId) async {
    final json = await _send('GET', ['users', userId], signedIn: true);
    return User.fromJson(json);
  }

  /// List projects, newest first.
  ///
  /// `GET /projects` answers 200 with a [ProjectPage]. Throws [ApiException] on
  /// any other status.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<ProjectPage> listProjects({int? limit, String? cursor}) async {
    final json = await _send(
      'GET',
      ['projects'],
      query: {
        if (limit != null) 'limit': '$limit',
        if (cursor != null) 'cursor': cursor,
      },
      signedIn: true,
    );
    return ProjectPage.fromJson(json);
  }

  /// Get one project.
  ///
  /// `GET /projects/{projectId}` answers 200 with a [Project]. Throws
  /// [ApiException] on any other status. Its own error codes: `NOT_FOUND`.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<Project> getProject(String projectId) async {
    final json = await _send('GET', ['projects', projectId], signedIn: true);
    return Project.fromJson(json);
  }

  /// Create a project owned by the signed-in user.
  ///
  /// `POST /projects` answers 201 with a [Project]. Throws [ApiException] on
  /// any other status. Its own error codes: `FORBIDDEN`, `CONFLICT`.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<Project> createProject(CreateProjectInput body) async {
    final json = await _send(
      'POST',
      ['projects'],
      body: body.toJson(),
      signedIn: true,
    );
    return Project.fromJson(json);
  }

  /// List tasks, newest first, optionally filtered.
  ///
  /// `GET /tasks` answers 200 with a [TaskPage]. Throws [ApiException] on any
  /// other status.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<TaskPage> listTasks({
    String? projectId,
    TaskStatus? status,
    String? assigneeId,
    int? limit,
    String? cursor,
  }) async {
    final json = await _send(
      'GET',
      ['tasks'],
      query: {
        if (projectId != null) 'projectId': projectId,
        if (status != null) 'status': status.toJson(),
        if (assigneeId != null) 'assigneeId': assigneeId,
        if (limit != null) 'limit': '$limit',
        if (cursor != null) 'cursor': cursor,
      },
      signedIn: true,
    );
    return TaskPage.fromJson(json);
  }

  /// Get one task.
  ///
  /// `GET /tasks/{taskId}` answers 200 with a [Task]. Throws [ApiException] on
  /// any other status. Its own error codes: `NOT_FOUND`.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<Task> getTask(String taskId) async {
    final json = await _send('GET', ['tasks', taskId], signedIn: true);
    return Task.fromJson(json);
  }

  /// Create a task in a project.
  ///
  /// `POST /tasks` answers 201 with a [Task]. Throws [ApiException] on any
  /// other status. Its own error codes: `NOT_FOUND`.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<Task> createTask(CreateTaskInput body) async {
    final json = await _send(
      'POST',
      ['tasks'],
      body: body.toJson(),
      signedIn: true,
    );
    return Task.fromJson(json);
  }

  /// Change some fields of a task (absent: unchanged, null: cleared).
  ///
  /// `PATCH /tasks/{taskId}` answers 200 with a [Task]. Throws [ApiException]
  /// on any other status. Its own error codes: `NOT_FOUND`.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<Task> updateTask(String taskId, UpdateTaskInput body) async {
    final json = await _send(
      'PATCH',
      ['tasks', taskId],
      body: body.toJson(),
      signedIn: true,
    );
    return Task.fromJson(json);
  }

  /// Delete a task.
  ///
  /// `DELETE /tasks/{taskId}` answers 204 with no body. Throws [ApiException]
  /// on any other status. Its own error codes: `NOT_FOUND`.
  ///
  /// Needs a signed-in user: sends the token from the [TokenProvider] as
  /// `Authorization: Bearer`, and throws [UnauthenticatedException] when there
  /// is none or the API no longer accepts it (expired, logged out).
  Future<void> deleteTask(String taskId) async {
    await _send('DELETE', ['tasks', taskId], signedIn: true);
  }

  /// Releases the connections of the HTTP client this client created.
  void close() {
    if (_ownsHttpClient) _http.close();
  }

  Uri _resolve(List<String> path, Map<String, String> query) {
    // Path segments are percent-encoded one by one, so an id can never add a
    // segment or a query of its own.
    return baseUri.replace(
      pathSegments: [
        ...baseUri.pathSegments.where((segment) => segment.isNotEmpty),
        ...path,
      ],
      queryParameters: query.isEmpty ? null : query,
    );
  }

  Future<Object?> _send(
    String method,
    List<String> path, {
    Map<String, String> query = const {},
    Map<String, Object?>? body,
    bool signedIn = false,
  }) async {
    final request = http.Request(method, _resolve(path, query));
    final headers = _headers;
    if (headers != null) request.headers.addAll(await headers());
    final tokenProvider = _tokenProvider;
    // Only operations that need a signed-in user ask for the token and carry
    // it: public ones never see it.
    if (signedIn && tokenProvider != null) {
      final token = await tokenProvider();
      if (token != null) request.headers['authorization'] = 'Bearer $token';
    }
    request.headers['accept'] = 'application/json';
    request.headers['x-contract-version'] = contractVersion;
    final version = appVersion;
    if (version != null) request.headers['x-app-version'] = version;
    if (body != null) {
      request.headers['content-type'] = 'application/json; charset=utf-8';
      request.body = jsonEncode(body);
    }
    final response = await http.Response.fromStream(await _http.send(request));
    // JSON is UTF-8 whatever the content-type says (package:http would
    // otherwise fall back to Latin-1).
    final text = utf8.decode(response.bodyBytes, allowMalformed: true);
    if (response.statusCode < 200 || response.statusCode > 299) {
      throw ApiException.fromResponse(response.statusCode, text);
    }
    if (response.statusCode == 204 || text.isEmpty) return null;
    return jsonDecode(text);
  }
}
