// GENERATED CODE - DO NOT EDIT.
// Source: packages/contract (Zod), target dart of tooling/codegen.
// Regenerate with: pnpm codegen

// What the models promise beyond the wire format (the vectors only decode):
// equality, copyWith, arguments frozen by the constructors, and toString.

import 'package:acme_api/acme_api.dart';
import 'package:test/test.dart';

void main() {
  group('ApiError', () {
    ApiError base() => ApiError(
      code: ErrorCode.notFound,
      message: 'a',
      details: <ErrorDetail>[],
      minimumAppVersion: 'a',
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('code: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(code: ErrorCode.validationFailed);
      expect(changed.code, ErrorCode.validationFailed);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(code: ErrorCode.notFound), base());
    });

    test('message: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(message: 'b');
      expect(changed.message, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(message: 'a'), base());
    });

    test('details: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(details: () => <ErrorDetail>[ErrorDetail(location: ErrorLocation.params, path: 'a', message: 'a')]);
      expect(changed.details, <ErrorDetail>[ErrorDetail(location: ErrorLocation.params, path: 'a', message: 'a')]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(details: () => <ErrorDetail>[]), base());
      expect(base().copyWith(details: () => null).details, isNull);
    });

    test('minimumAppVersion: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(minimumAppVersion: () => 'b');
      expect(changed.minimumAppVersion, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(minimumAppVersion: () => 'a'), base());
      expect(base().copyWith(minimumAppVersion: () => null).minimumAppVersion, isNull);
    });

    test('details: the constructor and copyWith copy it, unmodifiable', () {
      final items = <ErrorDetail>[ErrorDetail(location: ErrorLocation.params, path: 'a', message: 'a')];
      final value = ApiError(
        code: ErrorCode.notFound,
        message: 'a',
        details: items,
        minimumAppVersion: 'a',
      );
      final copied = base().copyWith(details: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(ErrorDetail(location: ErrorLocation.params, path: 'a', message: 'a'));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.details!, hasLength(1));
      expect(copied.details!, hasLength(1));
      expect(() => value.details!.add(ErrorDetail(location: ErrorLocation.params, path: 'a', message: 'a')), throwsUnsupportedError);
    });

    test('code: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(code: ErrorCode.unknown);
      expect(built.toString(), contains('code: '));
      final received = ApiError.fromJson({...base().toJson(), 'code': 'zz_added_later'});
      expect(received.code, ErrorCode.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['code'], 'zz_added_later');
      final replaced = received.copyWith(code: ErrorCode.notFound);
      expect(replaced.toJson()['code'], 'NOT_FOUND');
      expect(replaced, base().copyWith(code: ErrorCode.notFound));
    });
  });

  group('UnknownAttachment', () {
    test('keeps a deep unmodifiable copy of its JSON', () {
      final deep = <Object?>[1, 'two'];
      final json = <String, Object?>{'kind': 'zz_added_later', 'deep': deep};
      final value = Attachment.fromJson(json);
      final hash = value.hashCode;
      json['extra'] = true;
      deep.add(3);
      expect(value, isA<UnknownAttachment>());
      expect(value.hashCode, hash);
      expect(value.toJson(), {
        'kind': 'zz_added_later',
        'deep': [1, 'two'],
      });
      expect(() => value.toJson()['extra'] = true, throwsUnsupportedError);
      final written = value.toJson()['deep'];
      expect(() => (written as List<Object?>).add(3), throwsUnsupportedError);
      expect(UnknownAttachment('zz_added_later', json), isNot(value));
      expect(UnknownAttachment('zz_added_later', json).toJson(), json);
    });
  });

  group('UnknownAttachmentInput', () {
    test('keeps a deep unmodifiable copy of its JSON', () {
      final deep = <Object?>[1, 'two'];
      final json = <String, Object?>{'kind': 'zz_added_later', 'deep': deep};
      final value = AttachmentInput.fromJson(json);
      final hash = value.hashCode;
      json['extra'] = true;
      deep.add(3);
      expect(value, isA<UnknownAttachmentInput>());
      expect(value.hashCode, hash);
      expect(value.toJson(), {
        'kind': 'zz_added_later',
        'deep': [1, 'two'],
      });
      expect(() => value.toJson()['extra'] = true, throwsUnsupportedError);
      final written = value.toJson()['deep'];
      expect(() => (written as List<Object?>).add(3), throwsUnsupportedError);
      expect(UnknownAttachmentInput('zz_added_later', json), isNot(value));
      expect(UnknownAttachmentInput('zz_added_later', json).toJson(), json);
    });
  });

  group('ChecklistItem', () {
    ChecklistItem base() => ChecklistItem(
      text: 'a',
      done: false,
      children: <ChecklistItem>[],
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('text: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(text: 'b');
      expect(changed.text, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(text: 'a'), base());
    });

    test('done: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(done: true);
      expect(changed.done, true);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(done: false), base());
    });

    test('children: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(children: <ChecklistItem>[ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[])]);
      expect(changed.children, <ChecklistItem>[ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[])]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(children: <ChecklistItem>[]), base());
    });

    test('children: the constructor and copyWith copy it, unmodifiable', () {
      final items = <ChecklistItem>[ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[])];
      final value = ChecklistItem(text: 'a', done: false, children: items);
      final copied = base().copyWith(children: items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[]));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.children, hasLength(1));
      expect(copied.children, hasLength(1));
      expect(() => value.children.add(ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[])), throwsUnsupportedError);
    });
  });

  group('ChecklistItemInput', () {
    ChecklistItemInput base() => ChecklistItemInput(
      text: 'a',
      done: false,
      children: <ChecklistItemInput>[],
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('text: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(text: 'b');
      expect(changed.text, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(text: 'a'), base());
    });

    test('done: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(done: () => true);
      expect(changed.done, true);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(done: () => false), base());
      expect(base().copyWith(done: () => null).done, isNull);
    });

    test('children: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(children: () => <ChecklistItemInput>[ChecklistItemInput(text: 'a')]);
      expect(changed.children, <ChecklistItemInput>[ChecklistItemInput(text: 'a')]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(children: () => <ChecklistItemInput>[]), base());
      expect(base().copyWith(children: () => null).children, isNull);
    });

    test('children: the constructor and copyWith copy it, unmodifiable', () {
      final items = <ChecklistItemInput>[ChecklistItemInput(text: 'a')];
      final value = ChecklistItemInput(text: 'a', done: false, children: items);
      final copied = base().copyWith(children: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(ChecklistItemInput(text: 'a'));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.children!, hasLength(1));
      expect(copied.children!, hasLength(1));
      expect(() => value.children!.add(ChecklistItemInput(text: 'a')), throwsUnsupportedError);
    });
  });

  group('CreateProjectInput', () {
    CreateProjectInput base() => CreateProjectInput(
      name: 'a',
      description: 'a',
      ownerId: 'a',
      settings: ProjectSettingsInput(),
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('name: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(name: 'b');
      expect(changed.name, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(name: 'a'), base());
    });

    test('description: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(description: () => 'b');
      expect(changed.description, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(description: () => 'a'), base());
      expect(base().copyWith(description: () => null).description, isNull);
    });

    test('ownerId: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(ownerId: 'b');
      expect(changed.ownerId, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(ownerId: 'a'), base());
    });
  });

  group('CreateTaskInput', () {
    CreateTaskInput base() => CreateTaskInput(
      projectId: 'a',
      title: 'a',
      description: 'a',
      status: TaskStatus.todo,
      priority: 1,
      estimateHours: 1.5,
      dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      assigneeId: Present<String>('a'),
      tags: <String>[],
      metadata: <String, String>{},
      attachments: <AttachmentInput>[],
      checklist: <ChecklistItemInput>[],
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('projectId: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(projectId: 'b');
      expect(changed.projectId, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(projectId: 'a'), base());
    });

    test('title: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(title: 'b');
      expect(changed.title, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(title: 'a'), base());
    });

    test('description: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(description: () => 'b');
      expect(changed.description, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(description: () => 'a'), base());
      expect(base().copyWith(description: () => null).description, isNull);
    });

    test('status: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(status: () => TaskStatus.inProgress);
      expect(changed.status, TaskStatus.inProgress);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(status: () => TaskStatus.todo), base());
      expect(base().copyWith(status: () => null).status, isNull);
    });

    test('priority: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(priority: () => 2);
      expect(changed.priority, 2);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(priority: () => 1), base());
      expect(base().copyWith(priority: () => null).priority, isNull);
    });

    test('estimateHours: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(estimateHours: () => 2.5);
      expect(changed.estimateHours, 2.5);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(estimateHours: () => 1.5), base());
      expect(base().copyWith(estimateHours: () => null).estimateHours, isNull);
    });

    test('dueAt: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(dueAt: () => DateTime.utc(2024, 3, 1));
      expect(changed.dueAt, DateTime.utc(2024, 3, 1));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(dueAt: () => DateTime.utc(2024, 2, 29, 12, 34, 56)), base());
      expect(base().copyWith(dueAt: () => null).dueAt, isNull);
    });

    test('assigneeId: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(assigneeId: () => Present<String>(null));
      expect(changed.assigneeId, Present<String>(null));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(assigneeId: () => Present<String>('a')), base());
      expect(base().copyWith(assigneeId: () => null).assigneeId, isNull);
    });

    test('tags: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(tags: () => <String>['a']);
      expect(changed.tags, <String>['a']);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(tags: () => <String>[]), base());
      expect(base().copyWith(tags: () => null).tags, isNull);
    });

    test('metadata: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(metadata: () => <String, String>{'k': 'a'});
      expect(changed.metadata, <String, String>{'k': 'a'});
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(metadata: () => <String, String>{}), base());
      expect(base().copyWith(metadata: () => null).metadata, isNull);
    });

    test('attachments: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(attachments: () => <AttachmentInput>[LinkAttachment(url: 'a')]);
      expect(changed.attachments, <AttachmentInput>[LinkAttachment(url: 'a')]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(attachments: () => <AttachmentInput>[]), base());
      expect(base().copyWith(attachments: () => null).attachments, isNull);
    });

    test('checklist: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(checklist: () => <ChecklistItemInput>[ChecklistItemInput(text: 'a')]);
      expect(changed.checklist, <ChecklistItemInput>[ChecklistItemInput(text: 'a')]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(checklist: () => <ChecklistItemInput>[]), base());
      expect(base().copyWith(checklist: () => null).checklist, isNull);
    });

    test('tags: the constructor and copyWith copy it, unmodifiable', () {
      final items = <String>['a'];
      final value = CreateTaskInput(
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: Present<String>('a'),
        tags: items,
        metadata: <String, String>{},
        attachments: <AttachmentInput>[],
        checklist: <ChecklistItemInput>[],
      );
      final copied = base().copyWith(tags: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add('a');
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.tags!, hasLength(1));
      expect(copied.tags!, hasLength(1));
      expect(() => value.tags!.add('a'), throwsUnsupportedError);
    });

    test('metadata: the constructor and copyWith copy it, unmodifiable', () {
      final items = <String, String>{'k': 'a'};
      final value = CreateTaskInput(
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: items,
        attachments: <AttachmentInput>[],
        checklist: <ChecklistItemInput>[],
      );
      final copied = base().copyWith(metadata: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items['zz'] = 'a';
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.metadata!, hasLength(1));
      expect(copied.metadata!, hasLength(1));
      expect(() => value.metadata!['zz'] = 'a', throwsUnsupportedError);
    });

    test('attachments: the constructor and copyWith copy it, unmodifiable', () {
      final items = <AttachmentInput>[LinkAttachment(url: 'a')];
      final value = CreateTaskInput(
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: <String, String>{},
        attachments: items,
        checklist: <ChecklistItemInput>[],
      );
      final copied = base().copyWith(attachments: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(LinkAttachment(url: 'a'));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.attachments!, hasLength(1));
      expect(copied.attachments!, hasLength(1));
      expect(() => value.attachments!.add(LinkAttachment(url: 'a')), throwsUnsupportedError);
    });

    test('checklist: the constructor and copyWith copy it, unmodifiable', () {
      final items = <ChecklistItemInput>[ChecklistItemInput(text: 'a')];
      final value = CreateTaskInput(
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <AttachmentInput>[],
        checklist: items,
      );
      final copied = base().copyWith(checklist: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(ChecklistItemInput(text: 'a'));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.checklist!, hasLength(1));
      expect(copied.checklist!, hasLength(1));
      expect(() => value.checklist!.add(ChecklistItemInput(text: 'a')), throwsUnsupportedError);
    });

    test('dueAt: held in UTC, equal to the same instant in local time', () {
      final value = CreateTaskInput(
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal(),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <AttachmentInput>[],
        checklist: <ChecklistItemInput>[],
      );
      final utc = CreateTaskInput(
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <AttachmentInput>[],
        checklist: <ChecklistItemInput>[],
      );
      expect(value.dueAt!.isUtc, isTrue);
      expect(value, utc);
      expect(value.hashCode, utc.hashCode);
      final copied = base().copyWith(dueAt: () => DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal());
      expect(copied, base().copyWith(dueAt: () => DateTime.utc(2024, 2, 29, 12, 34, 56)));
    });

    test('status: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(status: () => TaskStatus.unknown);
      expect(built.toString(), contains('status: '));
      final received = CreateTaskInput.fromJson({...base().toJson(), 'status': 'zz_added_later'});
      expect(received.status, TaskStatus.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['status'], 'zz_added_later');
      final replaced = received.copyWith(status: () => TaskStatus.todo);
      expect(replaced.toJson()['status'], 'todo');
      expect(replaced, base().copyWith(status: () => TaskStatus.todo));
    });
  });

  group('DatabaseHealth', () {
    DatabaseHealth base() => DatabaseHealth(
      status: DatabaseHealthStatus.up,
      driver: DatabaseHealthDriver.pglite,
      latencyMs: 1.5,
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('status: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(status: DatabaseHealthStatus.down);
      expect(changed.status, DatabaseHealthStatus.down);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(status: DatabaseHealthStatus.up), base());
    });

    test('driver: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(driver: DatabaseHealthDriver.postgres);
      expect(changed.driver, DatabaseHealthDriver.postgres);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(driver: DatabaseHealthDriver.pglite), base());
    });

    test('latencyMs: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(latencyMs: () => 2.5);
      expect(changed.latencyMs, 2.5);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(latencyMs: () => 1.5), base());
      expect(base().copyWith(latencyMs: () => null).latencyMs, isNull);
    });

    test('status: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(status: DatabaseHealthStatus.unknown);
      expect(built.toString(), contains('status: '));
      final received = DatabaseHealth.fromJson({...base().toJson(), 'status': 'zz_added_later'});
      expect(received.status, DatabaseHealthStatus.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['status'], 'zz_added_later');
      final replaced = received.copyWith(status: DatabaseHealthStatus.up);
      expect(replaced.toJson()['status'], 'up');
      expect(replaced, base().copyWith(status: DatabaseHealthStatus.up));
    });

    test('driver: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(driver: DatabaseHealthDriver.unknown);
      expect(built.toString(), contains('driver: '));
      final received = DatabaseHealth.fromJson({...base().toJson(), 'driver': 'zz_added_later'});
      expect(received.driver, DatabaseHealthDriver.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['driver'], 'zz_added_later');
      final replaced = received.copyWith(driver: DatabaseHealthDriver.pglite);
      expect(replaced.toJson()['driver'], 'pglite');
      expect(replaced, base().copyWith(driver: DatabaseHealthDriver.pglite));
    });
  });

  group('ErrorDetail', () {
    ErrorDetail base() => ErrorDetail(
      location: ErrorLocation.params,
      path: 'a',
      message: 'a',
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('location: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(location: ErrorLocation.query);
      expect(changed.location, ErrorLocation.query);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(location: ErrorLocation.params), base());
    });

    test('path: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(path: 'b');
      expect(changed.path, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(path: 'a'), base());
    });

    test('message: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(message: 'b');
      expect(changed.message, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(message: 'a'), base());
    });

    test('location: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(location: ErrorLocation.unknown);
      expect(built.toString(), contains('location: '));
      final received = ErrorDetail.fromJson({...base().toJson(), 'location': 'zz_added_later'});
      expect(received.location, ErrorLocation.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['location'], 'zz_added_later');
      final replaced = received.copyWith(location: ErrorLocation.params);
      expect(replaced.toJson()['location'], 'params');
      expect(replaced, base().copyWith(location: ErrorLocation.params));
    });
  });

  group('FileAttachment', () {
    FileAttachment base() => FileAttachment(
      fileName: 'a',
      mimeType: 'a',
      sizeBytes: 1,
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('fileName: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(fileName: 'b');
      expect(changed.fileName, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(fileName: 'a'), base());
    });

    test('mimeType: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(mimeType: 'b');
      expect(changed.mimeType, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(mimeType: 'a'), base());
    });

    test('sizeBytes: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(sizeBytes: 2);
      expect(changed.sizeBytes, 2);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(sizeBytes: 1), base());
    });
  });

  group('Health', () {
    Health base() => Health(
      status: HealthStatus.ok,
      version: 'a',
      database: DatabaseHealth(status: DatabaseHealthStatus.up, driver: DatabaseHealthDriver.pglite),
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('status: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(status: HealthStatus.degraded);
      expect(changed.status, HealthStatus.degraded);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(status: HealthStatus.ok), base());
    });

    test('version: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(version: 'b');
      expect(changed.version, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(version: 'a'), base());
    });

    test('database: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(database: DatabaseHealth(status: DatabaseHealthStatus.down, driver: DatabaseHealthDriver.pglite));
      expect(changed.database, DatabaseHealth(status: DatabaseHealthStatus.down, driver: DatabaseHealthDriver.pglite));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(database: DatabaseHealth(status: DatabaseHealthStatus.up, driver: DatabaseHealthDriver.pglite)), base());
    });

    test('status: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(status: HealthStatus.unknown);
      expect(built.toString(), contains('status: '));
      final received = Health.fromJson({...base().toJson(), 'status': 'zz_added_later'});
      expect(received.status, HealthStatus.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['status'], 'zz_added_later');
      final replaced = received.copyWith(status: HealthStatus.ok);
      expect(replaced.toJson()['status'], 'ok');
      expect(replaced, base().copyWith(status: HealthStatus.ok));
    });
  });

  group('ImageAttachment', () {
    ImageAttachment base() => ImageAttachment(
      url: 'a',
      width: 1,
      height: 1,
      altText: 'a',
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('url: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(url: 'b');
      expect(changed.url, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(url: 'a'), base());
    });

    test('width: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(width: 2);
      expect(changed.width, 2);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(width: 1), base());
    });

    test('height: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(height: 2);
      expect(changed.height, 2);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(height: 1), base());
    });

    test('altText: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(altText: 'b');
      expect(changed.altText, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(altText: 'a'), base());
    });
  });

  group('ImageAttachmentInput', () {
    ImageAttachmentInput base() => ImageAttachmentInput(
      url: 'a',
      width: 1,
      height: 1,
      altText: 'a',
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('url: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(url: 'b');
      expect(changed.url, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(url: 'a'), base());
    });

    test('width: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(width: 2);
      expect(changed.width, 2);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(width: 1), base());
    });

    test('height: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(height: 2);
      expect(changed.height, 2);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(height: 1), base());
    });

    test('altText: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(altText: () => 'b');
      expect(changed.altText, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(altText: () => 'a'), base());
      expect(base().copyWith(altText: () => null).altText, isNull);
    });
  });

  group('LinkAttachment', () {
    LinkAttachment base() => LinkAttachment(url: 'a', title: 'a');

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('url: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(url: 'b');
      expect(changed.url, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(url: 'a'), base());
    });

    test('title: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(title: () => 'b');
      expect(changed.title, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(title: () => 'a'), base());
      expect(base().copyWith(title: () => null).title, isNull);
    });
  });

  group('LogInInput', () {
    LogInInput base() => LogInInput(email: 'a', password: 'a');

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('email: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(email: 'b');
      expect(changed.email, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(email: 'a'), base());
    });

    test('password: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(password: 'b');
      expect(changed.password, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(password: 'a'), base());
    });

    test('password: a secret, redacted in toString', () {
      final value = base().copyWith(password: 'a-secret-sample-value');
      expect(value.toString(), isNot(contains('a-secret-sample-value')));
      expect(value.toString(), contains('password: <redacted>'));
    });
  });

  group('Project', () {
    Project base() => Project(
      id: 'a',
      name: 'a',
      description: 'a',
      ownerId: 'a',
      settings: ProjectSettings(defaultStatus: TaskStatus.todo, color: 'a', archived: false),
      createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('id: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(id: 'b');
      expect(changed.id, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(id: 'a'), base());
    });

    test('name: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(name: 'b');
      expect(changed.name, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(name: 'a'), base());
    });

    test('description: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(description: () => 'b');
      expect(changed.description, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(description: () => 'a'), base());
      expect(base().copyWith(description: () => null).description, isNull);
    });

    test('ownerId: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(ownerId: 'b');
      expect(changed.ownerId, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(ownerId: 'a'), base());
    });

    test('settings: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(settings: ProjectSettings(defaultStatus: TaskStatus.inProgress, color: 'a', archived: false));
      expect(changed.settings, ProjectSettings(defaultStatus: TaskStatus.inProgress, color: 'a', archived: false));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(settings: ProjectSettings(defaultStatus: TaskStatus.todo, color: 'a', archived: false)), base());
    });

    test('createdAt: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(createdAt: DateTime.utc(2024, 3, 1));
      expect(changed.createdAt, DateTime.utc(2024, 3, 1));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)), base());
    });

    test('createdAt: held in UTC, equal to the same instant in local time', () {
      final value = Project(
        id: 'a',
        name: 'a',
        description: 'a',
        ownerId: 'a',
        settings: ProjectSettings(defaultStatus: TaskStatus.todo, color: 'a', archived: false),
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal(),
      );
      final utc = Project(
        id: 'a',
        name: 'a',
        description: 'a',
        ownerId: 'a',
        settings: ProjectSettings(defaultStatus: TaskStatus.todo, color: 'a', archived: false),
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      expect(value.createdAt.isUtc, isTrue);
      expect(value, utc);
      expect(value.hashCode, utc.hashCode);
      final copied = base().copyWith(createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal());
      expect(copied, base().copyWith(createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
    });
  });

  group('ProjectPage', () {
    ProjectPage base() => ProjectPage(items: <Project>[], nextCursor: 'a');

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('items: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(items: <Project>[Project(id: 'a', name: 'a', ownerId: 'a', settings: ProjectSettings(defaultStatus: TaskStatus.todo, color: 'a', archived: false), createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56))]);
      expect(changed.items, <Project>[Project(id: 'a', name: 'a', ownerId: 'a', settings: ProjectSettings(defaultStatus: TaskStatus.todo, color: 'a', archived: false), createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56))]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(items: <Project>[]), base());
    });

    test('nextCursor: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(nextCursor: () => null);
      expect(changed.nextCursor, null);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(nextCursor: () => 'a'), base());
      expect(base().copyWith(nextCursor: () => null).nextCursor, isNull);
    });

    test('items: the constructor and copyWith copy it, unmodifiable', () {
      final items = <Project>[Project(id: 'a', name: 'a', ownerId: 'a', settings: ProjectSettings(defaultStatus: TaskStatus.todo, color: 'a', archived: false), createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56))];
      final value = ProjectPage(items: items, nextCursor: 'a');
      final copied = base().copyWith(items: items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(Project(id: 'a', name: 'a', ownerId: 'a', settings: ProjectSettings(defaultStatus: TaskStatus.todo, color: 'a', archived: false), createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.items, hasLength(1));
      expect(copied.items, hasLength(1));
      expect(() => value.items.add(Project(id: 'a', name: 'a', ownerId: 'a', settings: ProjectSettings(defaultStatus: TaskStatus.todo, color: 'a', archived: false), createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56))), throwsUnsupportedError);
    });
  });

  group('ProjectSettings', () {
    ProjectSettings base() => ProjectSettings(
      defaultStatus: TaskStatus.todo,
      color: 'a',
      archived: false,
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('defaultStatus: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(defaultStatus: TaskStatus.inProgress);
      expect(changed.defaultStatus, TaskStatus.inProgress);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(defaultStatus: TaskStatus.todo), base());
    });

    test('color: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(color: 'b');
      expect(changed.color, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(color: 'a'), base());
    });

    test('archived: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(archived: true);
      expect(changed.archived, true);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(archived: false), base());
    });

    test('defaultStatus: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(defaultStatus: TaskStatus.unknown);
      expect(built.toString(), contains('defaultStatus: '));
      final received = ProjectSettings.fromJson({...base().toJson(), 'defaultStatus': 'zz_added_later'});
      expect(received.defaultStatus, TaskStatus.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['defaultStatus'], 'zz_added_later');
      final replaced = received.copyWith(defaultStatus: TaskStatus.todo);
      expect(replaced.toJson()['defaultStatus'], 'todo');
      expect(replaced, base().copyWith(defaultStatus: TaskStatus.todo));
    });
  });

  group('ProjectSettingsInput', () {
    ProjectSettingsInput base() => ProjectSettingsInput(
      defaultStatus: TaskStatus.todo,
      color: 'a',
      archived: false,
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('defaultStatus: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(defaultStatus: () => TaskStatus.inProgress);
      expect(changed.defaultStatus, TaskStatus.inProgress);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(defaultStatus: () => TaskStatus.todo), base());
      expect(base().copyWith(defaultStatus: () => null).defaultStatus, isNull);
    });

    test('color: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(color: () => 'b');
      expect(changed.color, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(color: () => 'a'), base());
      expect(base().copyWith(color: () => null).color, isNull);
    });

    test('archived: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(archived: () => true);
      expect(changed.archived, true);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(archived: () => false), base());
      expect(base().copyWith(archived: () => null).archived, isNull);
    });

    test('defaultStatus: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(defaultStatus: () => TaskStatus.unknown);
      expect(built.toString(), contains('defaultStatus: '));
      final received = ProjectSettingsInput.fromJson({...base().toJson(), 'defaultStatus': 'zz_added_later'});
      expect(received.defaultStatus, TaskStatus.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['defaultStatus'], 'zz_added_later');
      final replaced = received.copyWith(defaultStatus: () => TaskStatus.todo);
      expect(replaced.toJson()['defaultStatus'], 'todo');
      expect(replaced, base().copyWith(defaultStatus: () => TaskStatus.todo));
    });
  });

  group('RegisterInput', () {
    RegisterInput base() => RegisterInput(
      email: 'a',
      password: 'a',
      displayName: 'a',
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('email: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(email: 'b');
      expect(changed.email, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(email: 'a'), base());
    });

    test('password: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(password: 'b');
      expect(changed.password, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(password: 'a'), base());
    });

    test('displayName: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(displayName: 'b');
      expect(changed.displayName, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(displayName: 'a'), base());
    });

    test('password: a secret, redacted in toString', () {
      final value = base().copyWith(password: 'a-secret-sample-value');
      expect(value.toString(), isNot(contains('a-secret-sample-value')));
      expect(value.toString(), contains('password: <redacted>'));
    });
  });

  group('Session', () {
    Session base() => Session(
      token: 'a',
      expiresAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      user: User(id: 'a', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)),
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('token: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(token: 'b');
      expect(changed.token, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(token: 'a'), base());
    });

    test('expiresAt: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(expiresAt: DateTime.utc(2024, 3, 1));
      expect(changed.expiresAt, DateTime.utc(2024, 3, 1));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(expiresAt: DateTime.utc(2024, 2, 29, 12, 34, 56)), base());
    });

    test('user: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(user: User(id: 'b', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
      expect(changed.user, User(id: 'b', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(user: User(id: 'a', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56))), base());
    });

    test('expiresAt: held in UTC, equal to the same instant in local time', () {
      final value = Session(
        token: 'a',
        expiresAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal(),
        user: User(id: 'a', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)),
      );
      final utc = Session(
        token: 'a',
        expiresAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        user: User(id: 'a', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)),
      );
      expect(value.expiresAt.isUtc, isTrue);
      expect(value, utc);
      expect(value.hashCode, utc.hashCode);
      final copied = base().copyWith(expiresAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal());
      expect(copied, base().copyWith(expiresAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
    });

    test('token: a secret, redacted in toString', () {
      final value = base().copyWith(token: 'a-secret-sample-value');
      expect(value.toString(), isNot(contains('a-secret-sample-value')));
      expect(value.toString(), contains('token: <redacted>'));
    });
  });

  group('Task', () {
    Task base() => Task(
      id: 'a',
      projectId: 'a',
      title: 'a',
      description: 'a',
      status: TaskStatus.todo,
      priority: 1,
      estimateHours: 1.5,
      dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      assigneeId: 'a',
      tags: <String>[],
      metadata: <String, String>{},
      attachments: <Attachment>[],
      checklist: <ChecklistItem>[],
      createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('id: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(id: 'b');
      expect(changed.id, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(id: 'a'), base());
    });

    test('projectId: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(projectId: 'b');
      expect(changed.projectId, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(projectId: 'a'), base());
    });

    test('title: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(title: 'b');
      expect(changed.title, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(title: 'a'), base());
    });

    test('description: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(description: 'b');
      expect(changed.description, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(description: 'a'), base());
    });

    test('status: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(status: TaskStatus.inProgress);
      expect(changed.status, TaskStatus.inProgress);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(status: TaskStatus.todo), base());
    });

    test('priority: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(priority: 2);
      expect(changed.priority, 2);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(priority: 1), base());
    });

    test('estimateHours: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(estimateHours: 2.5);
      expect(changed.estimateHours, 2.5);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(estimateHours: 1.5), base());
    });

    test('dueAt: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(dueAt: () => DateTime.utc(2024, 3, 1));
      expect(changed.dueAt, DateTime.utc(2024, 3, 1));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(dueAt: () => DateTime.utc(2024, 2, 29, 12, 34, 56)), base());
      expect(base().copyWith(dueAt: () => null).dueAt, isNull);
    });

    test('assigneeId: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(assigneeId: () => null);
      expect(changed.assigneeId, null);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(assigneeId: () => 'a'), base());
      expect(base().copyWith(assigneeId: () => null).assigneeId, isNull);
    });

    test('tags: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(tags: <String>['a']);
      expect(changed.tags, <String>['a']);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(tags: <String>[]), base());
    });

    test('metadata: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(metadata: <String, String>{'k': 'a'});
      expect(changed.metadata, <String, String>{'k': 'a'});
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(metadata: <String, String>{}), base());
    });

    test('attachments: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(attachments: <Attachment>[LinkAttachment(url: 'a')]);
      expect(changed.attachments, <Attachment>[LinkAttachment(url: 'a')]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(attachments: <Attachment>[]), base());
    });

    test('checklist: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(checklist: <ChecklistItem>[ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[])]);
      expect(changed.checklist, <ChecklistItem>[ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[])]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(checklist: <ChecklistItem>[]), base());
    });

    test('createdAt: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(createdAt: DateTime.utc(2024, 3, 1));
      expect(changed.createdAt, DateTime.utc(2024, 3, 1));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)), base());
    });

    test('updatedAt: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(updatedAt: DateTime.utc(2024, 3, 1));
      expect(changed.updatedAt, DateTime.utc(2024, 3, 1));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56)), base());
    });

    test('tags: the constructor and copyWith copy it, unmodifiable', () {
      final items = <String>['a'];
      final value = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: 'a',
        tags: items,
        metadata: <String, String>{},
        attachments: <Attachment>[],
        checklist: <ChecklistItem>[],
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      final copied = base().copyWith(tags: items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add('a');
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.tags, hasLength(1));
      expect(copied.tags, hasLength(1));
      expect(() => value.tags.add('a'), throwsUnsupportedError);
    });

    test('metadata: the constructor and copyWith copy it, unmodifiable', () {
      final items = <String, String>{'k': 'a'};
      final value = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: 'a',
        tags: <String>[],
        metadata: items,
        attachments: <Attachment>[],
        checklist: <ChecklistItem>[],
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      final copied = base().copyWith(metadata: items);
      final hashes = [value.hashCode, copied.hashCode];
      items['zz'] = 'a';
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.metadata, hasLength(1));
      expect(copied.metadata, hasLength(1));
      expect(() => value.metadata['zz'] = 'a', throwsUnsupportedError);
    });

    test('attachments: the constructor and copyWith copy it, unmodifiable', () {
      final items = <Attachment>[LinkAttachment(url: 'a')];
      final value = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: 'a',
        tags: <String>[],
        metadata: <String, String>{},
        attachments: items,
        checklist: <ChecklistItem>[],
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      final copied = base().copyWith(attachments: items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(LinkAttachment(url: 'a'));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.attachments, hasLength(1));
      expect(copied.attachments, hasLength(1));
      expect(() => value.attachments.add(LinkAttachment(url: 'a')), throwsUnsupportedError);
    });

    test('checklist: the constructor and copyWith copy it, unmodifiable', () {
      final items = <ChecklistItem>[ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[])];
      final value = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: 'a',
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <Attachment>[],
        checklist: items,
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      final copied = base().copyWith(checklist: items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[]));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.checklist, hasLength(1));
      expect(copied.checklist, hasLength(1));
      expect(() => value.checklist.add(ChecklistItem(text: 'a', done: false, children: <ChecklistItem>[])), throwsUnsupportedError);
    });

    test('dueAt: held in UTC, equal to the same instant in local time', () {
      final value = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal(),
        assigneeId: 'a',
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <Attachment>[],
        checklist: <ChecklistItem>[],
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      final utc = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: 'a',
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <Attachment>[],
        checklist: <ChecklistItem>[],
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      expect(value.dueAt!.isUtc, isTrue);
      expect(value, utc);
      expect(value.hashCode, utc.hashCode);
      final copied = base().copyWith(dueAt: () => DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal());
      expect(copied, base().copyWith(dueAt: () => DateTime.utc(2024, 2, 29, 12, 34, 56)));
    });

    test('createdAt: held in UTC, equal to the same instant in local time', () {
      final value = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: 'a',
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <Attachment>[],
        checklist: <ChecklistItem>[],
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal(),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      final utc = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: 'a',
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <Attachment>[],
        checklist: <ChecklistItem>[],
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      expect(value.createdAt.isUtc, isTrue);
      expect(value, utc);
      expect(value.hashCode, utc.hashCode);
      final copied = base().copyWith(createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal());
      expect(copied, base().copyWith(createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
    });

    test('updatedAt: held in UTC, equal to the same instant in local time', () {
      final value = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: 'a',
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <Attachment>[],
        checklist: <ChecklistItem>[],
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal(),
      );
      final utc = Task(
        id: 'a',
        projectId: 'a',
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        assigneeId: 'a',
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <Attachment>[],
        checklist: <ChecklistItem>[],
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
        updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      expect(value.updatedAt.isUtc, isTrue);
      expect(value, utc);
      expect(value.hashCode, utc.hashCode);
      final copied = base().copyWith(updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal());
      expect(copied, base().copyWith(updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
    });

    test('status: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(status: TaskStatus.unknown);
      expect(built.toString(), contains('status: '));
      final received = Task.fromJson({...base().toJson(), 'status': 'zz_added_later'});
      expect(received.status, TaskStatus.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['status'], 'zz_added_later');
      final replaced = received.copyWith(status: TaskStatus.todo);
      expect(replaced.toJson()['status'], 'todo');
      expect(replaced, base().copyWith(status: TaskStatus.todo));
    });
  });

  group('TaskPage', () {
    TaskPage base() => TaskPage(items: <Task>[], nextCursor: 'a');

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('items: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(items: <Task>[Task(id: 'a', projectId: 'a', title: 'a', description: 'a', status: TaskStatus.todo, priority: 1, estimateHours: 1.5, assigneeId: null, tags: <String>[], metadata: <String, String>{}, attachments: <Attachment>[], checklist: <ChecklistItem>[], createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56), updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56))]);
      expect(changed.items, <Task>[Task(id: 'a', projectId: 'a', title: 'a', description: 'a', status: TaskStatus.todo, priority: 1, estimateHours: 1.5, assigneeId: null, tags: <String>[], metadata: <String, String>{}, attachments: <Attachment>[], checklist: <ChecklistItem>[], createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56), updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56))]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(items: <Task>[]), base());
    });

    test('nextCursor: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(nextCursor: () => null);
      expect(changed.nextCursor, null);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(nextCursor: () => 'a'), base());
      expect(base().copyWith(nextCursor: () => null).nextCursor, isNull);
    });

    test('items: the constructor and copyWith copy it, unmodifiable', () {
      final items = <Task>[Task(id: 'a', projectId: 'a', title: 'a', description: 'a', status: TaskStatus.todo, priority: 1, estimateHours: 1.5, assigneeId: null, tags: <String>[], metadata: <String, String>{}, attachments: <Attachment>[], checklist: <ChecklistItem>[], createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56), updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56))];
      final value = TaskPage(items: items, nextCursor: 'a');
      final copied = base().copyWith(items: items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(Task(id: 'a', projectId: 'a', title: 'a', description: 'a', status: TaskStatus.todo, priority: 1, estimateHours: 1.5, assigneeId: null, tags: <String>[], metadata: <String, String>{}, attachments: <Attachment>[], checklist: <ChecklistItem>[], createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56), updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.items, hasLength(1));
      expect(copied.items, hasLength(1));
      expect(() => value.items.add(Task(id: 'a', projectId: 'a', title: 'a', description: 'a', status: TaskStatus.todo, priority: 1, estimateHours: 1.5, assigneeId: null, tags: <String>[], metadata: <String, String>{}, attachments: <Attachment>[], checklist: <ChecklistItem>[], createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56), updatedAt: DateTime.utc(2024, 2, 29, 12, 34, 56))), throwsUnsupportedError);
    });
  });

  group('UpdateTaskInput', () {
    UpdateTaskInput base() => UpdateTaskInput(
      title: 'a',
      description: 'a',
      status: TaskStatus.todo,
      priority: 1,
      estimateHours: 1.5,
      dueAt: Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56)),
      assigneeId: Present<String>('a'),
      tags: <String>[],
      metadata: <String, String>{},
      attachments: <AttachmentInput>[],
      checklist: <ChecklistItemInput>[],
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('title: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(title: () => 'b');
      expect(changed.title, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(title: () => 'a'), base());
      expect(base().copyWith(title: () => null).title, isNull);
    });

    test('description: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(description: () => 'b');
      expect(changed.description, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(description: () => 'a'), base());
      expect(base().copyWith(description: () => null).description, isNull);
    });

    test('status: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(status: () => TaskStatus.inProgress);
      expect(changed.status, TaskStatus.inProgress);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(status: () => TaskStatus.todo), base());
      expect(base().copyWith(status: () => null).status, isNull);
    });

    test('priority: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(priority: () => 2);
      expect(changed.priority, 2);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(priority: () => 1), base());
      expect(base().copyWith(priority: () => null).priority, isNull);
    });

    test('estimateHours: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(estimateHours: () => 2.5);
      expect(changed.estimateHours, 2.5);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(estimateHours: () => 1.5), base());
      expect(base().copyWith(estimateHours: () => null).estimateHours, isNull);
    });

    test('dueAt: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(dueAt: () => Present<DateTime>(null));
      expect(changed.dueAt, Present<DateTime>(null));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(dueAt: () => Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56))), base());
      expect(base().copyWith(dueAt: () => null).dueAt, isNull);
    });

    test('assigneeId: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(assigneeId: () => Present<String>(null));
      expect(changed.assigneeId, Present<String>(null));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(assigneeId: () => Present<String>('a')), base());
      expect(base().copyWith(assigneeId: () => null).assigneeId, isNull);
    });

    test('tags: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(tags: () => <String>['a']);
      expect(changed.tags, <String>['a']);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(tags: () => <String>[]), base());
      expect(base().copyWith(tags: () => null).tags, isNull);
    });

    test('metadata: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(metadata: () => <String, String>{'k': 'a'});
      expect(changed.metadata, <String, String>{'k': 'a'});
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(metadata: () => <String, String>{}), base());
      expect(base().copyWith(metadata: () => null).metadata, isNull);
    });

    test('attachments: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(attachments: () => <AttachmentInput>[LinkAttachment(url: 'a')]);
      expect(changed.attachments, <AttachmentInput>[LinkAttachment(url: 'a')]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(attachments: () => <AttachmentInput>[]), base());
      expect(base().copyWith(attachments: () => null).attachments, isNull);
    });

    test('checklist: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(checklist: () => <ChecklistItemInput>[ChecklistItemInput(text: 'a')]);
      expect(changed.checklist, <ChecklistItemInput>[ChecklistItemInput(text: 'a')]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(checklist: () => <ChecklistItemInput>[]), base());
      expect(base().copyWith(checklist: () => null).checklist, isNull);
    });

    test('tags: the constructor and copyWith copy it, unmodifiable', () {
      final items = <String>['a'];
      final value = UpdateTaskInput(
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56)),
        assigneeId: Present<String>('a'),
        tags: items,
        metadata: <String, String>{},
        attachments: <AttachmentInput>[],
        checklist: <ChecklistItemInput>[],
      );
      final copied = base().copyWith(tags: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add('a');
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.tags!, hasLength(1));
      expect(copied.tags!, hasLength(1));
      expect(() => value.tags!.add('a'), throwsUnsupportedError);
    });

    test('metadata: the constructor and copyWith copy it, unmodifiable', () {
      final items = <String, String>{'k': 'a'};
      final value = UpdateTaskInput(
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56)),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: items,
        attachments: <AttachmentInput>[],
        checklist: <ChecklistItemInput>[],
      );
      final copied = base().copyWith(metadata: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items['zz'] = 'a';
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.metadata!, hasLength(1));
      expect(copied.metadata!, hasLength(1));
      expect(() => value.metadata!['zz'] = 'a', throwsUnsupportedError);
    });

    test('attachments: the constructor and copyWith copy it, unmodifiable', () {
      final items = <AttachmentInput>[LinkAttachment(url: 'a')];
      final value = UpdateTaskInput(
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56)),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: <String, String>{},
        attachments: items,
        checklist: <ChecklistItemInput>[],
      );
      final copied = base().copyWith(attachments: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(LinkAttachment(url: 'a'));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.attachments!, hasLength(1));
      expect(copied.attachments!, hasLength(1));
      expect(() => value.attachments!.add(LinkAttachment(url: 'a')), throwsUnsupportedError);
    });

    test('checklist: the constructor and copyWith copy it, unmodifiable', () {
      final items = <ChecklistItemInput>[ChecklistItemInput(text: 'a')];
      final value = UpdateTaskInput(
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56)),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <AttachmentInput>[],
        checklist: items,
      );
      final copied = base().copyWith(checklist: () => items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(ChecklistItemInput(text: 'a'));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.checklist!, hasLength(1));
      expect(copied.checklist!, hasLength(1));
      expect(() => value.checklist!.add(ChecklistItemInput(text: 'a')), throwsUnsupportedError);
    });

    test('dueAt: held in UTC, equal to the same instant in local time', () {
      final value = UpdateTaskInput(
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal()),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <AttachmentInput>[],
        checklist: <ChecklistItemInput>[],
      );
      final utc = UpdateTaskInput(
        title: 'a',
        description: 'a',
        status: TaskStatus.todo,
        priority: 1,
        estimateHours: 1.5,
        dueAt: Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56)),
        assigneeId: Present<String>('a'),
        tags: <String>[],
        metadata: <String, String>{},
        attachments: <AttachmentInput>[],
        checklist: <ChecklistItemInput>[],
      );
      expect(value.dueAt!.value!.isUtc, isTrue);
      expect(value, utc);
      expect(value.hashCode, utc.hashCode);
      final copied = base().copyWith(dueAt: () => Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal()));
      expect(copied, base().copyWith(dueAt: () => Present<DateTime>(DateTime.utc(2024, 2, 29, 12, 34, 56))));
    });

    test('status: an unknown value in toString; replaced, its JSON goes', () {
      final built = base().copyWith(status: () => TaskStatus.unknown);
      expect(built.toString(), contains('status: '));
      final received = UpdateTaskInput.fromJson({...base().toJson(), 'status': 'zz_added_later'});
      expect(received.status, TaskStatus.unknown);
      expect(received.toString(), contains('zz_added_later'));
      expect(received.toJson()['status'], 'zz_added_later');
      final replaced = received.copyWith(status: () => TaskStatus.todo);
      expect(replaced.toJson()['status'], 'todo');
      expect(replaced, base().copyWith(status: () => TaskStatus.todo));
    });
  });

  group('User', () {
    User base() => User(
      id: 'a',
      email: 'a',
      displayName: 'a',
      avatarUrl: 'a',
      createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
    );

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('id: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(id: 'b');
      expect(changed.id, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(id: 'a'), base());
    });

    test('email: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(email: 'b');
      expect(changed.email, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(email: 'a'), base());
    });

    test('displayName: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(displayName: 'b');
      expect(changed.displayName, 'b');
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(displayName: 'a'), base());
    });

    test('avatarUrl: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(avatarUrl: () => null);
      expect(changed.avatarUrl, null);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(avatarUrl: () => 'a'), base());
      expect(base().copyWith(avatarUrl: () => null).avatarUrl, isNull);
    });

    test('createdAt: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(createdAt: DateTime.utc(2024, 3, 1));
      expect(changed.createdAt, DateTime.utc(2024, 3, 1));
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)), base());
    });

    test('createdAt: held in UTC, equal to the same instant in local time', () {
      final value = User(
        id: 'a',
        email: 'a',
        displayName: 'a',
        avatarUrl: 'a',
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal(),
      );
      final utc = User(
        id: 'a',
        email: 'a',
        displayName: 'a',
        avatarUrl: 'a',
        createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56),
      );
      expect(value.createdAt.isUtc, isTrue);
      expect(value, utc);
      expect(value.hashCode, utc.hashCode);
      final copied = base().copyWith(createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56).toLocal());
      expect(copied, base().copyWith(createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
    });
  });

  group('UserPage', () {
    UserPage base() => UserPage(items: <User>[], nextCursor: 'a');

    test('equal values are equal, with equal hash codes', () {
      expect(base(), base());
      expect(base().hashCode, base().hashCode);
      expect(base().copyWith(), base());
    });

    test('items: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(items: <User>[User(id: 'a', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56))]);
      expect(changed.items, <User>[User(id: 'a', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56))]);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(items: <User>[]), base());
    });

    test('nextCursor: copyWith replaces it, == and hashCode see it', () {
      final changed = base().copyWith(nextCursor: () => null);
      expect(changed.nextCursor, null);
      expect(changed, isNot(base()));
      expect(changed.hashCode, isNot(base().hashCode));
      expect(changed.copyWith(nextCursor: () => 'a'), base());
      expect(base().copyWith(nextCursor: () => null).nextCursor, isNull);
    });

    test('items: the constructor and copyWith copy it, unmodifiable', () {
      final items = <User>[User(id: 'a', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56))];
      final value = UserPage(items: items, nextCursor: 'a');
      final copied = base().copyWith(items: items);
      final hashes = [value.hashCode, copied.hashCode];
      items.add(User(id: 'a', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56)));
      expect([value.hashCode, copied.hashCode], hashes);
      expect(value.items, hasLength(1));
      expect(copied.items, hasLength(1));
      expect(() => value.items.add(User(id: 'a', email: 'a', displayName: 'a', avatarUrl: null, createdAt: DateTime.utc(2024, 2, 29, 12, 34, 56))), throwsUnsupportedError);
    });
  });
}
