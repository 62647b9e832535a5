import type { ReactNode } from 'react';
import type { FormErrors } from '../tasks/form-errors';

/** DOM id of the input for a body path: `attachments.0.url` -> `field-attachments-0-url`. */
export const fieldId = (name: string) => `field-${name.replaceAll('.', '-')}`;

export interface InputProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  errors: FormErrors;
  children: (input: InputProps) => ReactNode;
}

/**
 * A labelled input with its hint and server messages, tied to it by aria-describedby so screen
 * readers announce the message with the field, and aria-invalid so it can be found and styled.
 */
export function Field({ name, label, hint, errors, children }: FieldProps) {
  const id = fieldId(name);
  const messages = errors.byField[name] ?? [];
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const errorId = messages.length === 0 ? undefined : `${id}-error`;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        name,
        'aria-invalid': errorId !== undefined,
        'aria-describedby': describedBy,
      })}
      {hint !== undefined && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {errorId !== undefined && (
        <p id={errorId} className="field-error">
          {messages.join(' ')}
        </p>
      )}
    </div>
  );
}
