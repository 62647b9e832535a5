// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target vectors of tooling/codegen.
// Regenerate with: pnpm codegen

// The generated ApiClient against package:http's MockClient: every operation
// sends its method, path, query and body and decodes its response; errors map
// to ApiException.

import 'dart:convert';

import 'package:acme_api/acme_api.dart';
import 'package:http/http.dart' as http;
import 'package:http/testing.dart';
import 'package:test/test.dart';

final _baseUri = Uri.parse('https://api.example.com/api/v1');
const _token = 'test-token';
const _traceId = 'test-trace';
const _appVersion = '1.4.0+37';

String? _testToken() => _token;

/// A client whose requests go to [check], answered with [status] and [body].
ApiClient _client(
  void Function(http.Request request) check, {
  int status = 200,
  String body = '',
  Uri? baseUri,
  String? appVersion = _appVersion,
  TokenProvider? tokenProvider = _testToken,
}) {
  return ApiClient(
    baseUri: baseUri ?? _baseUri,
    appVersion: appVersion,
    httpClient: MockClient((request) async {
      expect(request.headers['x-trace-id'], _traceId);
      expect(request.headers['accept'], 'application/json');
      expect(
        request.headers['x-contract-version'],
        ApiClient.contractVersion,
      );
      check(request);
      return http.Response(
        body,
        status,
        headers: {'content-type': 'application/json; charset=utf-8'},
      );
    }),
    headers: () => {'x-trace-id': _traceId},
    tokenProvider: tokenProvider,
  );
}

/// A value as JSON text would carry it.
Object? _json(Object? value) => jsonDecode(jsonEncode(value));

void main() {
  group('operations', () {
    test('health: GET /health', () async {
      final api = _client(
        (request) {
          expect(request.method, 'GET');
          expect(request.url.path, '/api/v1/health');
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], isNull);
          expect(request.body, isEmpty);
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'status': 'ok',
          'version': 'Tether ✓ sample',
          'database': <String, Object?>{
            'status': 'up',
            'driver': 'pglite',
            'latencyMs': 2.5,
          },
        }),
      );
      final result = await api.health();
      expect(_json(result.toJson()), <String, Object?>{
        'status': 'ok',
        'version': 'Tether ✓ sample',
        'database': <String, Object?>{
          'status': 'up',
          'driver': 'pglite',
          'latencyMs': 2.5,
        },
      });
    });

    test('register: POST /auth/register', () async {
      final api = _client(
        (request) {
          expect(request.method, 'POST');
          expect(request.url.path, '/api/v1/auth/register');
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], isNull);
          expect(jsonDecode(request.body), <String, Object?>{
            'email': 'ada.lovelace@example.com',
            'password': 'Tether ✓ sample',
            'displayName': 'Tether ✓ sample',
          });
        },
        status: 201,
        body: jsonEncode(<String, Object?>{
          'token': 'Tether ✓ samplexxxxxxxxxxxxxxxxx',
          'expiresAt': '2024-02-29T12:34:56.789Z',
          'user': <String, Object?>{
            'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'email': 'ada.lovelace@example.com',
            'displayName': 'Tether ✓ sample',
            'avatarUrl': 'https://example.com/docs/1',
            'createdAt': '2024-02-29T12:34:56.789Z',
          },
        }),
      );
      final result = await api.register(
        RegisterInput.fromJson(<String, Object?>{
          'email': 'ada.lovelace@example.com',
          'password': 'Tether ✓ sample',
          'displayName': 'Tether ✓ sample',
        }),
      );
      expect(_json(result.toJson()), <String, Object?>{
        'token': 'Tether ✓ samplexxxxxxxxxxxxxxxxx',
        'expiresAt': '2024-02-29T12:34:56.789Z',
        'user': <String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': 'https://example.com/docs/1',
          'createdAt': '2024-02-29T12:34:56.789Z',
        },
      });
    });

    test('logIn: POST /auth/login', () async {
      final api = _client(
        (request) {
          expect(request.method, 'POST');
          expect(request.url.path, '/api/v1/auth/login');
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], isNull);
          expect(jsonDecode(request.body), <String, Object?>{
            'email': 'ada.lovelace@example.com',
            'password': 'Tether ✓ sample',
          });
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'token': 'Tether ✓ samplexxxxxxxxxxxxxxxxx',
          'expiresAt': '2024-02-29T12:34:56.789Z',
          'user': <String, Object?>{
            'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'email': 'ada.lovelace@example.com',
            'displayName': 'Tether ✓ sample',
            'avatarUrl': 'https://example.com/docs/1',
            'createdAt': '2024-02-29T12:34:56.789Z',
          },
        }),
      );
      final result = await api.logIn(
        LogInInput.fromJson(<String, Object?>{
          'email': 'ada.lovelace@example.com',
          'password': 'Tether ✓ sample',
        }),
      );
      expect(_json(result.toJson()), <String, Object?>{
        'token': 'Tether ✓ samplexxxxxxxxxxxxxxxxx',
        'expiresAt': '2024-02-29T12:34:56.789Z',
        'user': <String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': 'https://example.com/docs/1',
          'createdAt': '2024-02-29T12:34:56.789Z',
        },
      });
    });

    test('logOut: POST /auth/logout', () async {
      final api = _client(
        (request) {
          expect(request.method, 'POST');
          expect(request.url.path, '/api/v1/auth/logout');
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(request.body, isEmpty);
        },
        status: 204,
      );
      await api.logOut();
    });

    test('getCurrentUser: GET /auth/me', () async {
      final api = _client(
        (request) {
          expect(request.method, 'GET');
          expect(request.url.path, '/api/v1/auth/me');
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(request.body, isEmpty);
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': 'https://example.com/docs/1',
          'createdAt': '2024-02-29T12:34:56.789Z',
        }),
      );
      final result = await api.getCurrentUser();
      expect(_json(result.toJson()), <String, Object?>{
        'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'email': 'ada.lovelace@example.com',
        'displayName': 'Tether ✓ sample',
        'avatarUrl': 'https://example.com/docs/1',
        'createdAt': '2024-02-29T12:34:56.789Z',
      });
    });

    test('listUsers: GET /users', () async {
      final api = _client(
        (request) {
          expect(request.method, 'GET');
          expect(request.url.path, '/api/v1/users');
          expect(request.url.queryParameters, <String, String>{
            'limit': '3',
            'cursor': 'Tether ✓ sample',
          });
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(request.body, isEmpty);
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'items': <Object?>[<String, Object?>{
            'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'email': 'ada.lovelace@example.com',
            'displayName': 'Tether ✓ sample',
            'avatarUrl': null,
            'createdAt': '2024-02-29T12:34:56.789Z',
          }],
          'nextCursor': 'Tether ✓ sample',
        }),
      );
      final result = await api.listUsers(limit: 3, cursor: 'Tether ✓ sample');
      expect(_json(result.toJson()), <String, Object?>{
        'items': <Object?>[<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': null,
          'createdAt': '2024-02-29T12:34:56.789Z',
        }],
        'nextCursor': 'Tether ✓ sample',
      });
    });

    test('getUser: GET /users/{userId}', () async {
      final api = _client(
        (request) {
          expect(request.method, 'GET');
          expect(
            request.url.path,
            '/api/v1/users/3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          );
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(request.body, isEmpty);
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': 'https://example.com/docs/1',
          'createdAt': '2024-02-29T12:34:56.789Z',
        }),
      );
      final result = await api.getUser('3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f');
      expect(_json(result.toJson()), <String, Object?>{
        'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'email': 'ada.lovelace@example.com',
        'displayName': 'Tether ✓ sample',
        'avatarUrl': 'https://example.com/docs/1',
        'createdAt': '2024-02-29T12:34:56.789Z',
      });
    });

    test('listProjects: GET /projects', () async {
      final api = _client(
        (request) {
          expect(request.method, 'GET');
          expect(request.url.path, '/api/v1/projects');
          expect(request.url.queryParameters, <String, String>{
            'limit': '3',
            'cursor': 'Tether ✓ sample',
          });
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(request.body, isEmpty);
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'items': <Object?>[<String, Object?>{
            'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'name': 'Tether ✓ sample',
            'ownerId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'settings': <String, Object?>{
              'defaultStatus': 'todo',
              'color': '#ba6232',
              'archived': true,
            },
            'createdAt': '2024-02-29T12:34:56.789Z',
          }],
          'nextCursor': 'Tether ✓ sample',
        }),
      );
      final result = await api.listProjects(
        limit: 3,
        cursor: 'Tether ✓ sample',
      );
      expect(_json(result.toJson()), <String, Object?>{
        'items': <Object?>[<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'name': 'Tether ✓ sample',
          'ownerId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'settings': <String, Object?>{
            'defaultStatus': 'todo',
            'color': '#ba6232',
            'archived': true,
          },
          'createdAt': '2024-02-29T12:34:56.789Z',
        }],
        'nextCursor': 'Tether ✓ sample',
      });
    });

    test('getProject: GET /projects/{projectId}', () async {
      final api = _client(
        (request) {
          expect(request.method, 'GET');
          expect(
            request.url.path,
            '/api/v1/projects/3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          );
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(request.body, isEmpty);
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'name': 'Tether ✓ sample',
          'description': 'Tether ✓ sample',
          'ownerId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'settings': <String, Object?>{
            'defaultStatus': 'todo',
            'color': '#ba6232',
            'archived': true,
          },
          'createdAt': '2024-02-29T12:34:56.789Z',
        }),
      );
      final result = await api.getProject(
        '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
      );
      expect(_json(result.toJson()), <String, Object?>{
        'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'name': 'Tether ✓ sample',
        'description': 'Tether ✓ sample',
        'ownerId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'settings': <String, Object?>{
          'defaultStatus': 'todo',
          'color': '#ba6232',
          'archived': true,
        },
        'createdAt': '2024-02-29T12:34:56.789Z',
      });
    });

    test('createProject: POST /projects', () async {
      final api = _client(
        (request) {
          expect(request.method, 'POST');
          expect(request.url.path, '/api/v1/projects');
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(jsonDecode(request.body), <String, Object?>{
            'name': 'Tether ✓ sample',
            'description': 'Tether ✓ sample',
            'ownerId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'settings': <String, Object?>{
              'defaultStatus': 'todo',
              'color': '#ba6232',
              'archived': true,
            },
          });
        },
        status: 201,
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'name': 'Tether ✓ sample',
          'description': 'Tether ✓ sample',
          'ownerId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'settings': <String, Object?>{
            'defaultStatus': 'todo',
            'color': '#ba6232',
            'archived': true,
          },
          'createdAt': '2024-02-29T12:34:56.789Z',
        }),
      );
      final result = await api.createProject(
        CreateProjectInput.fromJson(<String, Object?>{
          'name': 'Tether ✓ sample',
          'description': 'Tether ✓ sample',
          'ownerId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'settings': <String, Object?>{
            'defaultStatus': 'todo',
            'color': '#ba6232',
            'archived': true,
          },
        }),
      );
      expect(_json(result.toJson()), <String, Object?>{
        'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'name': 'Tether ✓ sample',
        'description': 'Tether ✓ sample',
        'ownerId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'settings': <String, Object?>{
          'defaultStatus': 'todo',
          'color': '#ba6232',
          'archived': true,
        },
        'createdAt': '2024-02-29T12:34:56.789Z',
      });
    });

    test('listTasks: GET /tasks', () async {
      final api = _client(
        (request) {
          expect(request.method, 'GET');
          expect(request.url.path, '/api/v1/tasks');
          expect(request.url.queryParameters, <String, String>{
            'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'status': 'todo',
            'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'limit': '3',
            'cursor': 'Tether ✓ sample',
          });
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(request.body, isEmpty);
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'items': <Object?>[<String, Object?>{
            'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'title': 'Tether ✓ sample',
            'description': 'Tether ✓ sample',
            'status': 'todo',
            'priority': 3,
            'estimateHours': 2.5,
            'assigneeId': null,
            'tags': <Object?>[],
            'metadata': <String, Object?>{},
            'attachments': <Object?>[],
            'checklist': <Object?>[],
            'createdAt': '2024-02-29T12:34:56.789Z',
            'updatedAt': '2024-02-29T12:34:56.789Z',
          }],
          'nextCursor': 'Tether ✓ sample',
        }),
      );
      final result = await api.listTasks(
        projectId: '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        status: TaskStatus.fromJson('todo'),
        assigneeId: '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        limit: 3,
        cursor: 'Tether ✓ sample',
      );
      expect(_json(result.toJson()), <String, Object?>{
        'items': <Object?>[<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'title': 'Tether ✓ sample',
          'description': 'Tether ✓ sample',
          'status': 'todo',
          'priority': 3,
          'estimateHours': 2.5,
          'assigneeId': null,
          'tags': <Object?>[],
          'metadata': <String, Object?>{},
          'attachments': <Object?>[],
          'checklist': <Object?>[],
          'createdAt': '2024-02-29T12:34:56.789Z',
          'updatedAt': '2024-02-29T12:34:56.789Z',
        }],
        'nextCursor': 'Tether ✓ sample',
      });
    });

    test('getTask: GET /tasks/{taskId}', () async {
      final api = _client(
        (request) {
          expect(request.method, 'GET');
          expect(
            request.url.path,
            '/api/v1/tasks/3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          );
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(request.body, isEmpty);
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'title': 'Tether ✓ sample',
          'description': 'Tether ✓ sample',
          'status': 'todo',
          'priority': 3,
          'estimateHours': 2.5,
          'dueAt': '2024-02-29T12:34:56.789Z',
          'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'tags': <Object?>['Tether ✓ sample'],
          'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
          'attachments': <Object?>[<String, Object?>{
            'kind': 'link',
            'url': 'https://example.com/docs/1',
          }],
          'checklist': <Object?>[<String, Object?>{
            'text': 'Tether ✓ sample',
            'done': true,
            'children': <Object?>[],
          }],
          'createdAt': '2024-02-29T12:34:56.789Z',
          'updatedAt': '2024-02-29T12:34:56.789Z',
        }),
      );
      final result = await api.getTask('3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f');
      expect(_json(result.toJson()), <String, Object?>{
        'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'title': 'Tether ✓ sample',
        'description': 'Tether ✓ sample',
        'status': 'todo',
        'priority': 3,
        'estimateHours': 2.5,
        'dueAt': '2024-02-29T12:34:56.789Z',
        'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'tags': <Object?>['Tether ✓ sample'],
        'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
        'attachments': <Object?>[<String, Object?>{
          'kind': 'link',
          'url': 'https://example.com/docs/1',
        }],
        'checklist': <Object?>[<String, Object?>{
          'text': 'Tether ✓ sample',
          'done': true,
          'children': <Object?>[],
        }],
        'createdAt': '2024-02-29T12:34:56.789Z',
        'updatedAt': '2024-02-29T12:34:56.789Z',
      });
    });

    test('createTask: POST /tasks', () async {
      final api = _client(
        (request) {
          expect(request.method, 'POST');
          expect(request.url.path, '/api/v1/tasks');
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(jsonDecode(request.body), <String, Object?>{
            'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'title': 'Tether ✓ sample',
            'description': 'Tether ✓ sample',
            'status': 'todo',
            'priority': 3,
            'estimateHours': 2.5,
            'dueAt': '2024-02-29T12:34:56.789Z',
            'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'tags': <Object?>['Tether ✓ sample'],
            'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
            'attachments': <Object?>[<String, Object?>{
              'kind': 'link',
              'url': 'https://example.com/docs/1',
            }],
            'checklist': <Object?>[<String, Object?>{
              'text': 'Tether ✓ sample',
            }],
          });
        },
        status: 201,
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'title': 'Tether ✓ sample',
          'description': 'Tether ✓ sample',
          'status': 'todo',
          'priority': 3,
          'estimateHours': 2.5,
          'dueAt': '2024-02-29T12:34:56.789Z',
          'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'tags': <Object?>['Tether ✓ sample'],
          'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
          'attachments': <Object?>[<String, Object?>{
            'kind': 'link',
            'url': 'https://example.com/docs/1',
          }],
          'checklist': <Object?>[<String, Object?>{
            'text': 'Tether ✓ sample',
            'done': true,
            'children': <Object?>[],
          }],
          'createdAt': '2024-02-29T12:34:56.789Z',
          'updatedAt': '2024-02-29T12:34:56.789Z',
        }),
      );
      final result = await api.createTask(
        CreateTaskInput.fromJson(<String, Object?>{
          'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'title': 'Tether ✓ sample',
          'description': 'Tether ✓ sample',
          'status': 'todo',
          'priority': 3,
          'estimateHours': 2.5,
          'dueAt': '2024-02-29T12:34:56.789Z',
          'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'tags': <Object?>['Tether ✓ sample'],
          'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
          'attachments': <Object?>[<String, Object?>{
            'kind': 'link',
            'url': 'https://example.com/docs/1',
          }],
          'checklist': <Object?>[<String, Object?>{'text': 'Tether ✓ sample'}],
        }),
      );
      expect(_json(result.toJson()), <String, Object?>{
        'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'title': 'Tether ✓ sample',
        'description': 'Tether ✓ sample',
        'status': 'todo',
        'priority': 3,
        'estimateHours': 2.5,
        'dueAt': '2024-02-29T12:34:56.789Z',
        'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'tags': <Object?>['Tether ✓ sample'],
        'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
        'attachments': <Object?>[<String, Object?>{
          'kind': 'link',
          'url': 'https://example.com/docs/1',
        }],
        'checklist': <Object?>[<String, Object?>{
          'text': 'Tether ✓ sample',
          'done': true,
          'children': <Object?>[],
        }],
        'createdAt': '2024-02-29T12:34:56.789Z',
        'updatedAt': '2024-02-29T12:34:56.789Z',
      });
    });

    test('updateTask: PATCH /tasks/{taskId}', () async {
      final api = _client(
        (request) {
          expect(request.method, 'PATCH');
          expect(
            request.url.path,
            '/api/v1/tasks/3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          );
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(jsonDecode(request.body), <String, Object?>{
            'title': 'Tether ✓ sample',
            'description': 'Tether ✓ sample',
            'status': 'todo',
            'priority': 3,
            'estimateHours': 2.5,
            'dueAt': '2024-02-29T12:34:56.789Z',
            'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
            'tags': <Object?>['Tether ✓ sample'],
            'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
            'attachments': <Object?>[<String, Object?>{
              'kind': 'link',
              'url': 'https://example.com/docs/1',
            }],
            'checklist': <Object?>[<String, Object?>{
              'text': 'Tether ✓ sample',
            }],
          });
        },
        status: 200,
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'title': 'Tether ✓ sample',
          'description': 'Tether ✓ sample',
          'status': 'todo',
          'priority': 3,
          'estimateHours': 2.5,
          'dueAt': '2024-02-29T12:34:56.789Z',
          'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'tags': <Object?>['Tether ✓ sample'],
          'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
          'attachments': <Object?>[<String, Object?>{
            'kind': 'link',
            'url': 'https://example.com/docs/1',
          }],
          'checklist': <Object?>[<String, Object?>{
            'text': 'Tether ✓ sample',
            'done': true,
            'children': <Object?>[],
          }],
          'createdAt': '2024-02-29T12:34:56.789Z',
          'updatedAt': '2024-02-29T12:34:56.789Z',
        }),
      );
      final result = await api.updateTask(
        '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        UpdateTaskInput.fromJson(<String, Object?>{
          'title': 'Tether ✓ sample',
          'description': 'Tether ✓ sample',
          'status': 'todo',
          'priority': 3,
          'estimateHours': 2.5,
          'dueAt': '2024-02-29T12:34:56.789Z',
          'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'tags': <Object?>['Tether ✓ sample'],
          'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
          'attachments': <Object?>[<String, Object?>{
            'kind': 'link',
            'url': 'https://example.com/docs/1',
          }],
          'checklist': <Object?>[<String, Object?>{'text': 'Tether ✓ sample'}],
        }),
      );
      expect(_json(result.toJson()), <String, Object?>{
        'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'projectId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'title': 'Tether ✓ sample',
        'description': 'Tether ✓ sample',
        'status': 'todo',
        'priority': 3,
        'estimateHours': 2.5,
        'dueAt': '2024-02-29T12:34:56.789Z',
        'assigneeId': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
        'tags': <Object?>['Tether ✓ sample'],
        'metadata': <String, Object?>{'Tether ✓ sample': 'Tether ✓ sample'},
        'attachments': <Object?>[<String, Object?>{
          'kind': 'link',
          'url': 'https://example.com/docs/1',
        }],
        'checklist': <Object?>[<String, Object?>{
          'text': 'Tether ✓ sample',
          'done': true,
          'children': <Object?>[],
        }],
        'createdAt': '2024-02-29T12:34:56.789Z',
        'updatedAt': '2024-02-29T12:34:56.789Z',
      });
    });

    test('deleteTask: DELETE /tasks/{taskId}', () async {
      final api = _client(
        (request) {
          expect(request.method, 'DELETE');
          expect(
            request.url.path,
            '/api/v1/tasks/3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          );
          expect(request.url.queryParameters, <String, String>{});
          expect(request.headers['authorization'], 'Bearer $_token');
          expect(request.body, isEmpty);
        },
        status: 204,
      );
      await api.deleteTask('3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f');
    });
  });

  group('behaviour', () {
    test('a path parameter stays one percent-encoded segment', () async {
      final api = _client(
        (request) {
          expect(request.url.path, '/api/v1/users/a%2Fb%20c%3Fd');
          expect(request.url.hasQuery, isFalse);
        },
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': 'https://example.com/docs/1',
          'createdAt': '2024-02-29T12:34:56.789Z',
        }),
      );
      await api.getUser('a/b c?d');
    });

    test('a base URI with a trailing slash resolves the same paths', () async {
      final api = _client(
        (request) {
          expect(request.url.path, '/api/v1/users/a%2Fb%20c%3Fd');
          expect(request.url.hasQuery, isFalse);
        },
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': 'https://example.com/docs/1',
          'createdAt': '2024-02-29T12:34:56.789Z',
        }),
        baseUri: Uri.parse('https://api.example.com/api/v1/'),
      );
      await api.getUser('a/b c?d');
    });

    test('an ApiError body becomes a typed ApiException', () async {
      final api = _client(
        (request) {},
        status: 400,
        body: jsonEncode(<String, Object?>{
          'code': 'NOT_FOUND',
          'message': 'from the test',
        }),
      );
      await expectLater(
        api.getUser('a/b c?d'),
        throwsA(
          isA<ApiException>()
              .having((e) => e.statusCode, 'statusCode', 400)
              .having((e) => e.error.toJson()['code'], 'code', 'NOT_FOUND')
              .having((e) => e.error.message, 'message', 'from the test'),
        ),
      );
    });

    test('an error code added later keeps its text', () async {
      final api = _client(
        (request) {},
        status: 409,
        body: jsonEncode(<String, Object?>{
          'code': 'ZZ_ADDED_LATER',
          'message': 'from the test',
        }),
      );
      await expectLater(
        api.getUser('a/b c?d'),
        throwsA(
          isA<ApiException>()
              .having((e) => e.statusCode, 'statusCode', 409)
              .having((e) => e.error.toJson()['code'], 'code', 'ZZ_ADDED_LATER')
              .having(
                (e) => e.toString(),
                'toString()',
                contains('ZZ_ADDED_LATER'),
              ),
        ),
      );
    });

    test('a body that is no ApiError still gives an ApiException', () async {
      final api = _client(
        (request) {},
        status: 502,
        body: '<html>Bad gateway</html>',
      );
      await expectLater(
        api.getUser('a/b c?d'),
        throwsA(
          isA<ApiException>()
              .having((e) => e.statusCode, 'statusCode', 502)
              .having((e) => e.error.toJson()['code'], 'code', 'INTERNAL')
              .having((e) => e.body, 'body', '<html>Bad gateway</html>'),
        ),
      );
    });

    test('an empty error body still gives an ApiException', () async {
      final api = _client((request) {}, status: 503, body: '');
      await expectLater(
        api.getUser('a/b c?d'),
        throwsA(
          isA<ApiException>()
              .having((e) => e.statusCode, 'statusCode', 503)
              .having((e) => e.error.toJson()['code'], 'code', 'INTERNAL'),
        ),
      );
    });

    test('toString never throws; the fallback error is built directly', () {
      final error = ApiError(code: ErrorCode.unknown, message: 'built');
      expect(
        ApiException(500, error).toString(),
        'ApiException(500, unknown): built',
      );
      final unreadable = ApiException.fromResponse(502, '<html>');
      expect(
        unreadable.error,
        ApiError(
          code: ErrorCode.internal,
          message: 'HTTP 502 with a body that is not an ApiError',
        ),
      );
      expect(
        unreadable.toString(),
        startsWith('ApiException(502, INTERNAL): '),
      );
    });

    test('sends the app version when it has one', () async {
      final api = _client(
        (request) => expect(request.headers['x-app-version'], _appVersion),
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': 'https://example.com/docs/1',
          'createdAt': '2024-02-29T12:34:56.789Z',
        }),
      );
      await api.getUser('a/b c?d');
      final anonymous = _client(
        (request) => expect(request.headers['x-app-version'], isNull),
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': 'https://example.com/docs/1',
          'createdAt': '2024-02-29T12:34:56.789Z',
        }),
        appVersion: null,
      );
      await anonymous.getUser('a/b c?d');
    });

    test('asks for the token on every request; null sends none', () async {
      String? token = 'first-token';
      final sent = <String?>[];
      final api = _client(
        (request) => sent.add(request.headers['authorization']),
        body: jsonEncode(<String, Object?>{
          'id': '3f2c8a1e-7b4d-4c2a-9e1f-5a6b7c8d9e0f',
          'email': 'ada.lovelace@example.com',
          'displayName': 'Tether ✓ sample',
          'avatarUrl': 'https://example.com/docs/1',
          'createdAt': '2024-02-29T12:34:56.789Z',
        }),
        tokenProvider: () => token,
      );
      await api.getUser('a/b c?d');
      token = null;
      await api.getUser('a/b c?d');
      expect(sent, ['Bearer first-token', null]);
    });

    test('401: UnauthenticatedException', () async {
      final api = _client(
        (request) {},
        status: 401,
        body: jsonEncode(<String, Object?>{
          'code': 'UNAUTHENTICATED',
          'message': 'from the test',
        }),
      );
      await expectLater(
        api.getUser('a/b c?d'),
        throwsA(
          isA<UnauthenticatedException>()
              .having((e) => e.statusCode, 'statusCode', 401)
              .having(
                (e) => e.error.toJson()['code'],
                'code',
                'UNAUTHENTICATED',
              ),
        ),
      );
    });

    test('401 with an unreadable body: UnauthenticatedException', () {
      final expired = ApiException.fromResponse(401, '<html>Sign in</html>');
      expect(expired, isA<UnauthenticatedException>());
      expect(expired.statusCode, 401);
      final forbidden = ApiException.fromResponse(403, '');
      expect(forbidden, isNot(isA<UnauthenticatedException>()));
    });

    test('426: UpdateRequiredException with the minimum', () async {
      final api = _client(
        (request) {},
        status: 426,
        body: jsonEncode(<String, Object?>{
          'code': 'UPDATE_REQUIRED',
          'message': 'update',
          'minimumAppVersion': '2.0.0',
        }),
      );
      await expectLater(
        api.getUser('a/b c?d'),
        throwsA(
          isA<ApiException>()
              .having((e) => e.statusCode, 'statusCode', 426)
              .having(
                (e) => e.error.toJson()['code'],
                'code',
                'UPDATE_REQUIRED',
              )
              .having(
                (e) => (e as UpdateRequiredException).minimumAppVersion,
                'minimumAppVersion',
                '2.0.0',
              ),
        ),
      );
    });

    test('426 with an unreadable body: UpdateRequiredException', () {
      final retired = ApiException.fromResponse(426, '<html>Upgrade</html>');
      expect(retired, isA<UpdateRequiredException>());
      expect((retired as UpdateRequiredException).minimumAppVersion, isNull);
    });

    test('a 2xx body breaking the contract throws FormatException', () async {
      final api = _client((request) {}, body: '{}');
      await expectLater(api.getUser('a/b c?d'), throwsFormatException);
    });
  });
}
