import { describe, expect, it } from 'vitest';
import { explainOpenApiChange } from '../../src/check/explain-openapi.js';

const doc = (schemas: object, paths: object = {}, version = '1.0.0') => ({
  openapi: '3.1.0',
  info: { title: 't', version },
  paths,
  components: { schemas },
});

const task = {
  type: 'object',
  properties: { id: { type: 'string' }, title: { type: 'string' }, priority: { type: 'integer' } },
  required: ['id', 'title'],
};

describe('explainOpenApiChange', () => {
  it('is empty for equal documents', () => {
    expect(explainOpenApiChange(doc({ Task: task }), doc({ Task: task }))).toEqual([]);
  });

  it('names added, removed and changed fields and requiredness', () => {
    const renamed = {
      ...task,
      properties: {
        id: task.properties.id,
        name: { type: 'string' },
        priority: { type: 'number' },
      },
      required: ['id', 'name', 'priority'],
    };
    expect(explainOpenApiChange(doc({ Task: task }), doc({ Task: renamed }))).toEqual([
      'model Task: field name added',
      'model Task: field priority changed: {"type":"integer"} -> {"type":"number"}',
      'model Task: field priority became required',
      'model Task: field title removed',
    ]);
  });

  it('names enum values and whole models', () => {
    const before = doc({ Status: { type: 'string', enum: ['a', 'b'] }, Old: { type: 'string' } });
    const after = doc({ Status: { type: 'string', enum: ['a', 'c'] }, New: { type: 'string' } });
    expect(explainOpenApiChange(before, after)).toEqual([
      'model New: added',
      'model Old: removed',
      'model Status: enum value "c" added',
      'model Status: enum value "b" removed',
    ]);
  });

  it('names other schema keywords when no field or enum value changed', () => {
    const before = doc({ U: { oneOf: [{ type: 'string' }] } });
    const after = doc({ U: { oneOf: [{ type: 'number' }] } });
    expect(explainOpenApiChange(before, after)).toEqual(['model U: changed (oneOf)']);
  });

  it('names routes by method, path and operationId', () => {
    const get = { operationId: 'getTask', summary: 'Get' };
    const before = doc({}, { '/tasks/{id}': { get } });
    const after = doc(
      {},
      {
        '/tasks/{id}': {
          get: { ...get, summary: 'Get one' },
          delete: { operationId: 'deleteTask' },
        },
      },
      '1.1.0',
    );
    expect(explainOpenApiChange(before, after)).toEqual([
      'info.version changed: "1.0.0" -> "1.1.0"',
      'route GET /tasks/{id} (getTask): summary changed',
      'route DELETE /tasks/{id} (deleteTask): added',
    ]);
  });

  it('caps the list', () => {
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`M${i}`, {}]));
    const lines = explainOpenApiChange(doc({}), doc(many));
    expect(lines).toHaveLength(26);
    expect(lines[25]).toBe('... and 15 more changes');
  });
});
