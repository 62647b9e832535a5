import { type FormEvent, useId, useState } from 'react';
import { createProjectViaTrpc } from '../api/trpc';
import type { Project, User } from '../api/types';
import { type FormErrors, formErrorsFrom, noFormErrors } from '../tasks/form-errors';
import { Field } from '../ui/Field';
import { newProjectInput } from './new-project';

const fieldNames: ReadonlySet<string> = new Set(['name']);

/** A project for the signed-in user, created through tRPC's createProject. */
export function NewProjectForm({
  owner,
  onCreated,
}: {
  owner: User;
  onCreated: (project: Project) => void;
}) {
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [saving, setSaving] = useState(false);
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await createProjectViaTrpc(newProjectInput(name, owner));
    setSaving(false);
    if (!result.ok) {
      setErrors(formErrorsFrom(result.error, fieldNames));
      return;
    }
    setErrors(noFormErrors);
    setName('');
    onCreated(result.data);
  }

  return (
    <form noValidate onSubmit={submit} aria-labelledby={headingId} className="task-form">
      <h3 id={headingId}>New project</h3>
      {errors.general.length > 0 && (
        <div className="form-errors" role="alert">
          {errors.general.map((message) => (
            <p key={message}>{message}</p>
          ))}
        </div>
      )}
      <Field name="name" label="Name" errors={errors}>
        {(props) => (
          <input {...props} value={name} onChange={(event) => setName(event.target.value)} />
        )}
      </Field>
      <button type="submit" disabled={saving}>
        {saving ? 'Creating…' : 'Create project'}
      </button>
    </form>
  );
}
