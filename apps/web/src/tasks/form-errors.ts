import type { ApiError } from '../api/types';

/** Messages to show in a form: next to the input they belong to, or above the form. */
export interface FormErrors {
  readonly byField: Readonly<Record<string, readonly string[]>>;
  readonly general: readonly string[];
}

export const noFormErrors: FormErrors = { byField: {}, general: [] };

export const hasFormErrors = (errors: FormErrors) =>
  errors.general.length > 0 || Object.keys(errors.byField).length > 0;

/**
 * The input a server-side path belongs to: the path itself if the form has that input, else the
 * nearest enclosing one (`tags.3` -> `tags`, `attachments.0.url` -> `attachments.0` when the
 * attachment shows no `url` input). Undefined when no input of the form contains it.
 */
export function owningField(path: string, fieldNames: ReadonlySet<string>): string | undefined {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length--) {
    const candidate = segments.slice(0, length).join('.');
    if (fieldNames.has(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Spreads an API error over a form. Only body details can belong to inputs (the form edits the
 * body); everything else, and details for fields the form does not show, stay visible above it
 * so no message from the server is ever dropped.
 */
export function formErrorsFrom(error: ApiError, fieldNames: ReadonlySet<string>): FormErrors {
  const byField: Record<string, string[]> = {};
  const general: string[] = [];
  for (const detail of error.details ?? []) {
    const field = detail.location === 'body' ? owningField(detail.path, fieldNames) : undefined;
    if (field !== undefined) {
      byField[field] = [...(byField[field] ?? []), detail.message];
    } else {
      general.push(detail.path === '' ? detail.message : `${detail.path}: ${detail.message}`);
    }
  }
  if (general.length === 0 && Object.keys(byField).length === 0) general.push(error.message);
  return { byField, general };
}
