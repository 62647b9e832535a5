import { createTask, updateTask } from '../api/rest';
import type { Result, Task } from '../api/types';
import { type FormErrors, formErrorsFrom } from './form-errors';
import {
  fieldNamesOf,
  formToCreateInput,
  formToUpdateInput,
  type TaskFormValues,
} from './form-values';

export type SaveOutcome = { ok: true; task: Task } | { ok: false; errors: FormErrors };

/** What the form was opened on, when it edits an existing task. */
export interface EditTarget {
  task: Task;
  initial: TaskFormValues;
}

const outcome = (result: Result<Task>, values: TaskFormValues): SaveOutcome =>
  result.ok
    ? { ok: true, task: result.data }
    : { ok: false, errors: formErrorsFrom(result.error, fieldNamesOf(values)) };

/** Creates or updates over REST; every failure comes back as messages placed on the form. */
export async function saveTask(values: TaskFormValues, editing?: EditTarget): Promise<SaveOutcome> {
  if (editing === undefined) {
    const conversion = formToCreateInput(values);
    if (!conversion.ok) return conversion;
    return outcome(await createTask(conversion.input), values);
  }
  const conversion = formToUpdateInput(values, editing.initial);
  if (!conversion.ok) return conversion;
  return outcome(await updateTask(editing.task.id, conversion.input), values);
}
