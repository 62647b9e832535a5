import { useEffect, useState } from 'react';
import { ProjectsPage } from './projects/ProjectsPage';
import { TasksPage } from './tasks/TasksPage';
import { UpdateRequiredPrompt } from './ui/UpdateRequiredPrompt';

const views = {
  '#/tasks': { label: 'Tasks (REST)', Page: TasksPage },
  '#/projects': { label: 'Projects (tRPC)', Page: ProjectsPage },
} as const;
type ViewHash = keyof typeof views;

const currentView = (): ViewHash =>
  window.location.hash in views ? (window.location.hash as ViewHash) : '#/tasks';

/** Two views picked by the URL hash: links stay real links (bookmarkable, open in a new tab). */
export function App() {
  const [view, setView] = useState<ViewHash>(currentView);
  useEffect(() => {
    const follow = () => setView(currentView());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const { Page } = views[view];
  return (
    <>
      <header>
        <h1>Tether</h1>
        <nav aria-label="Views">
          {Object.entries(views).map(([hash, { label }]) => (
            <a key={hash} href={hash} aria-current={hash === view ? 'page' : undefined}>
              {label}
            </a>
          ))}
        </nav>
      </header>
      <UpdateRequiredPrompt />
      <main>
        <Page />
      </main>
    </>
  );
}
