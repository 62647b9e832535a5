import { useState } from 'react';
import { listProjectsViaTrpc } from '../api/trpc';
import type { User } from '../api/types';
import { ListFooter } from '../ui/ListFooter';
import { usePagedList } from '../ui/use-paged-list';
import { NewProjectForm } from './NewProjectForm';

/**
 * The signed-in user's projects over tRPC: the same `listProjects` operation the REST client
 * calls, typed from the server's router instead of the OpenAPI document, and returning the same
 * page shape; and a form to create one (`createProject`).
 */
export function ProjectsPage({ user }: { user: User }) {
  const list = usePagedList(listProjectsViaTrpc);
  const [notice, setNotice] = useState('');
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">Projects</h2>
      <p className="hint">Loaded through tRPC (procedures listProjects and createProject).</p>
      <p role="status" className="notice">
        {notice}
      </p>
      <NewProjectForm
        owner={user}
        onCreated={(project) => {
          setNotice(`Created “${project.name}”.`);
          list.reload();
        }}
      />
      <ul className="projects" aria-busy={list.loading}>
        {list.items.map((project) => (
          <li key={project.id}>
            <span
              className="swatch"
              style={{ backgroundColor: project.settings.color }}
              aria-hidden="true"
            />
            <strong>{project.name}</strong>
            {project.settings.archived && <span className="badge">Archived</span>}
            {project.description !== undefined && <p>{project.description}</p>}
          </li>
        ))}
      </ul>
      <ListFooter list={list} />
    </section>
  );
}
