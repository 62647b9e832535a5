import { type ComponentType, useEffect, useState } from 'react';
import type { User } from './api/types';
import { AccountBar } from './auth/AccountBar';
import { LogInPage } from './auth/LogInPage';
import { useSession } from './auth/session';
import { ProjectsPage } from './projects/ProjectsPage';
import { TasksPage } from './tasks/TasksPage';
import { UpdateRequiredPrompt } from './ui/UpdateRequiredPrompt';

/** What every view is given: the signed-in user. */
export interface ViewProps {
  user: User;
}

const views = {
  '#/tasks': { label: 'Tasks (REST)', Page: TasksPage },
  '#/projects': { label: 'Projects (tRPC)', Page: ProjectsPage },
} as const satisfies Record<string, { label: string; Page: ComponentType<ViewProps> }>;
type ViewHash = keyof typeof views;

const currentView = (): ViewHash =>
  window.location.hash in views ? (window.location.hash as ViewHash) : '#/tasks';

/**
 * The log-in screen until there is a session, then two views picked by the URL hash: links stay
 * real links (bookmarkable, open in a new tab). A 401 from any call, REST or tRPC, ends the
 * session (see auth/session.ts), which brings the log-in screen back; logging in again returns to
 * the same view.
 */
export function App() {
  const [view, setView] = useState<ViewHash>(currentView);
  const state = useSession();
  useEffect(() => {
    const follow = () => setView(currentView());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const Page: ComponentType<ViewProps> = views[view].Page;
  return (
    <>
      <header>
        <h1>Tether</h1>
        {state.session !== null && (
          <>
            <nav aria-label="Views">
              {Object.entries(views).map(([hash, { label }]) => (
                <a key={hash} href={hash} aria-current={hash === view ? 'page' : undefined}>
                  {label}
                </a>
              ))}
            </nav>
            <AccountBar user={state.session.user} />
          </>
        )}
      </header>
      <UpdateRequiredPrompt />
      <main>
        {state.session === null ? (
          <LogInPage ended={state.ended} />
        ) : (
          // Keyed by user: nothing of one account's lists survives into another's.
          <Page key={state.session.user.id} user={state.session.user} />
        )}
      </main>
    </>
  );
}
