import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Task, TaskStatus } from '../api/types';
import { ErrorBanner } from '../ui/ErrorBanner';
import { Field } from '../ui/Field';
import { AttachmentEditor } from './AttachmentEditor';
import { type FormErrors, hasFormErrors, noFormErrors } from './form-errors';
import {
  type AttachmentEntry,
  emptyTaskForm,
  newAttachmentDraft,
  priorityLabels,
  statusLabels,
  type TaskFormValues,
  taskToForm,
} from './form-values';
import { saveTask } from './save-task';
import { useProjectChoices } from './use-project-choices';

interface TaskFormProps {
  /** The task to edit; a new task is created when absent. */
  task?: Task;
  onSaved: (task: Task) => void;
  onCancel: () => void;
}

export function TaskForm({ task, onSaved, onCancel }: TaskFormProps) {
  const initial = useMemo(() => (task === undefined ? emptyTaskForm() : taskToForm(task)), [task]);
  const [values, setValues] = useState<TaskFormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [saving, setSaving] = useState(false);
  const { projects, error: projectsError } = useProjectChoices();
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();

  // A new task goes to the first project until the user picks another.
  const firstProjectId = projects?.[0]?.id;
  useEffect(() => {
    if (firstProjectId !== undefined) {
      setValues((current) =>
        current.projectId === '' ? { ...current, projectId: firstProjectId } : current,
      );
    }
  }, [firstProjectId]);

  // After a failed save, move focus to the first field to fix (or the summary), so keyboard and
  // screen-reader users land on the problem instead of searching for it.
  useEffect(() => {
    if (!hasFormErrors(errors)) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"], .form-errors');
    target?.focus();
  }, [errors]);

  const set = <K extends keyof TaskFormValues>(key: K, value: TaskFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const setAttachments = (update: (list: readonly AttachmentEntry[]) => AttachmentEntry[]) =>
    setValues((current) => ({ ...current, attachments: update(current.attachments) }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const saved = await saveTask(values, task === undefined ? undefined : { task, initial });
    setSaving(false);
    if (saved.ok) onSaved(saved.task);
    else setErrors(saved.errors);
  }

  const field = (name: keyof TaskFormValues) => ({ name, errors });
  return (
    // The contract is the one validator: the browser's own checks are off so every rule is
    // enforced (and worded) by the server, and its answers are shown at the fields below.
    <form
      ref={formRef}
      noValidate
      onSubmit={submit}
      aria-labelledby={headingId}
      className="task-form"
    >
      <h3 id={headingId}>{task === undefined ? 'New task' : `Edit “${task.title}”`}</h3>
      {errors.general.length > 0 && (
        <div className="form-errors" role="alert" tabIndex={-1}>
          <ul>
            {errors.general.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {projectsError !== null && <ErrorBanner error={projectsError} />}
      <Field {...field('projectId')} label="Project">
        {(props) => (
          <select
            {...props}
            value={values.projectId}
            // PATCH cannot move a task: the contract's UpdateTaskInput has no projectId.
            disabled={task !== undefined || projects === null}
            onChange={(event) => set('projectId', event.target.value)}
          >
            {projects === null && <option value={values.projectId}>Loading projects…</option>}
            {projects?.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field {...field('title')} label="Title">
        {(props) => (
          <input
            {...props}
            value={values.title}
            onChange={(event) => set('title', event.target.value)}
          />
        )}
      </Field>
      <Field {...field('description')} label="Description">
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </Field>
      <div className="row">
        <Field {...field('status')} label="Status">
          {(props) => (
            <select
              {...props}
              value={values.status}
              onChange={(event) => set('status', event.target.value as TaskStatus)}
            >
              {Object.entries(statusLabels).map(([status, label]) => (
                <option key={status} value={status}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field('priority')} label="Priority">
          {(props) => (
            <select
              {...props}
              value={values.priority}
              onChange={(event) => set('priority', event.target.value)}
            >
              {priorityLabels.map((label, level) => (
                <option key={label} value={String(level)}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...field('estimateHours')} label="Estimate (hours)">
          {(props) => (
            <input
              {...props}
              type="number"
              step="0.25"
              value={values.estimateHours}
              onChange={(event) => set('estimateHours', event.target.value)}
            />
          )}
        </Field>
        <Field {...field('dueAt')} label="Due">
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              value={values.dueAt}
              onChange={(event) => set('dueAt', event.target.value)}
            />
          )}
        </Field>
      </div>
      <Field {...field('tags')} label="Tags" hint="Separate tags with commas">
        {(props) => (
          <input
            {...props}
            value={values.tags}
            onChange={(event) => set('tags', event.target.value)}
          />
        )}
      </Field>
      <section aria-label="Attachments" className="attachments">
        {(errors.byField.attachments ?? []).length > 0 && (
          <p className="field-error">{errors.byField.attachments?.join(' ')}</p>
        )}
        {values.attachments.map((entry, index) => (
          <AttachmentEditor
            key={entry.id}
            entry={entry}
            index={index}
            errors={errors}
            onChange={(next) =>
              setAttachments((list) => list.map((old) => (old.id === entry.id ? next : old)))
            }
            onRemove={() => {
              // Messages name attachments by position; after a removal they would point at the
              // wrong one, so they go until the next save.
              setErrors(noFormErrors);
              setAttachments((list) => list.filter((old) => old.id !== entry.id));
            }}
          />
        ))}
        <button
          type="button"
          className="spaced"
          onClick={() => setAttachments((list) => [...list, newAttachmentDraft()])}
        >
          Add attachment
        </button>
      </section>
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : task === undefined ? 'Create task' : 'Save changes'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
