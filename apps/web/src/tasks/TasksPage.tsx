import { useState } from 'react';
import { listTasks } from '../api/rest';
import type { Task } from '../api/types';
import { ListFooter } from '../ui/ListFooter';
import { usePagedList } from '../ui/use-paged-list';
import { TaskForm } from './TaskForm';
import { TaskTable } from './TaskTable';

type Editing = { kind: 'new' } | { kind: 'existing'; task: Task } | null;

/** The task board over REST: a paginated list, and a form to create or edit one task. */
export function TasksPage() {
  const list = usePagedList(listTasks);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState('');

  const saved = (task: Task) => {
    setNotice(`Saved “${task.title}”.`);
    setEditing(null);
    list.reload();
  };

  return (
    <section aria-labelledby="tasks-heading">
      <div className="toolbar">
        <h2 id="tasks-heading">Tasks</h2>
        <button
          type="button"
          onClick={() => {
            setNotice('');
            setEditing({ kind: 'new' });
          }}
          disabled={editing?.kind === 'new'}
        >
          New task
        </button>
      </div>
      <p role="status" className="notice">
        {notice}
      </p>
      {editing !== null && (
        <TaskForm
          key={editing.kind === 'new' ? 'new' : editing.task.id}
          task={editing.kind === 'new' ? undefined : editing.task}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      )}
      <div aria-busy={list.loading}>
        <TaskTable
          tasks={list.items}
          onEdit={(task) => {
            setNotice('');
            setEditing({ kind: 'existing', task });
          }}
        />
      </div>
      <ListFooter list={list} />
    </section>
  );
}
