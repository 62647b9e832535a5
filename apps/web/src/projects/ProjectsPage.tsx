import { listProjectsViaTrpc } from '../api/trpc';
import { ListFooter } from '../ui/ListFooter';
import { usePagedList } from '../ui/use-paged-list';

/**
 * Projects over tRPC: the same `listProjects` operation the REST client calls, typed from the
 * server's router instead of the OpenAPI document, and returning the same page shape.
 */
export function ProjectsPage() {
  const list = usePagedList(listProjectsViaTrpc);
  return (
    <section aria-labelledby="projects-heading">
      <h2 id="projects-heading">Projects</h2>
      <p className="hint">Loaded through tRPC (procedure listProjects).</p>
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
