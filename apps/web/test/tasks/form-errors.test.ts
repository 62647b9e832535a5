import { describe, expect, it } from 'vitest';
import {
  formErrorsFrom,
  hasFormErrors,
  noFormErrors,
  owningField,
} from '../../src/tasks/form-errors';

const fields = new Set(['title', 'tags', 'attachments', 'attachments.0', 'attachments.0.url']);

describe('owningField', () => {
  it('maps a path to the input of the same name', () => {
    expect(owningField('title', fields)).toBe('title');
    expect(owningField('attachments.0.url', fields)).toBe('attachments.0.url');
  });

  it('maps a path inside an input to the nearest enclosing input', () => {
    expect(owningField('tags.3', fields)).toBe('tags');
    expect(owningField('attachments.0.width', fields)).toBe('attachments.0');
    expect(owningField('attachments.4.url', fields)).toBe('attachments');
  });

  it('finds no input for paths the form does not show', () => {
    expect(owningField('metadata.owner', fields)).toBeUndefined();
    expect(owningField('', fields)).toBeUndefined();
  });
});

describe('formErrorsFrom', () => {
  it('puts body details next to their inputs, several messages per input', () => {
    const errors = formErrorsFrom(
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid request',
        details: [
          { location: 'body', path: 'title', message: 'Too long' },
          { location: 'body', path: 'attachments.0.url', message: 'Invalid URL' },
          { location: 'body', path: 'tags.1', message: 'Too short' },
          { location: 'body', path: 'tags.2', message: 'Too long' },
        ],
      },
      fields,
    );
    expect(errors).toEqual({
      byField: {
        title: ['Too long'],
        'attachments.0.url': ['Invalid URL'],
        tags: ['Too short', 'Too long'],
      },
      general: [],
    });
  });

  it('keeps details the form cannot place above it, with their path', () => {
    const errors = formErrorsFrom(
      {
        code: 'VALIDATION_FAILED',
        message: 'Invalid request',
        details: [
          { location: 'body', path: 'metadata.x', message: 'Too long' },
          { location: 'query', path: 'title', message: 'Unexpected' },
          { location: 'body', path: '', message: 'Expected an object' },
        ],
      },
      fields,
    );
    expect(errors.byField).toEqual({});
    expect(errors.general).toEqual([
      'metadata.x: Too long',
      'title: Unexpected',
      'Expected an object',
    ]);
  });

  it('shows the message of an error without details', () => {
    const errors = formErrorsFrom({ code: 'NOT_FOUND', message: 'No such project' }, fields);
    expect(errors).toEqual({ byField: {}, general: ['No such project'] });
    expect(hasFormErrors(errors)).toBe(true);
    expect(hasFormErrors(noFormErrors)).toBe(false);
  });
});
