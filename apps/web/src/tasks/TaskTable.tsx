import type { Task } from '../api/types';
import { AttachmentSummary } from './AttachmentSummary';
import { priorityLabels, statusLabels } from './form-values';

const formatDue = (iso: string | undefined) =>
  iso === undefined
    ? '—'
    : new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function TaskTable({
  tasks,
  onEdit,
}: {
  tasks: readonly Task[];
  onEdit: (task: Task) => void;
}) {
  return (
    <table>
      <caption className="visually-hidden">Tasks, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Priority</th>
          <th scope="col">Due</th>
          <th scope="col">Tags</th>
          <th scope="col">Attachments</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tasks.map((task) => (
          <tr key={task.id}>
            <th scope="row">{task.title}</th>
            <td>
              {/* A status added to the API after this build shows as its raw value. */}
              <span className={`status status-${task.status}`}>
                {statusLabels[task.status] ?? task.status}
              </span>
            </td>
            <td>{priorityLabels[task.priority] ?? task.priority}</td>
            <td>{formatDue(task.dueAt)}</td>
            <td>{task.tags.join(', ')}</td>
            <td>
              <ul className="plain">
                {task.attachments.map((attachment, index) => (
                  // Attachments have no id of their own; their position is their identity.
                  <li key={index}>
                    <AttachmentSummary attachment={attachment} />
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <button type="button" onClick={() => onEdit(task)} aria-label={`Edit ${task.title}`}>
                Edit
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
