import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_KEY } from '../src/auth/session-store';
import { sessionFor } from './api/session-fixtures';

// The app shell rendered once (no effects run), over a stand-in window whose sessionStorage
// holds, or does not hold, a session: what decides between the log-in screen and the board.
let stored: Map<string, string>;
beforeEach(() => {
  stored = new Map();
  vi.resetModules();
  vi.stubGlobal('window', {
    location: { origin: 'http://app.test', hash: '#/tasks' },
    sessionStorage: {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => stored.set(key, value),
      removeItem: (key: string) => stored.delete(key),
    },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function render(): Promise<string> {
  const { App } = await import('../src/App');
  return renderToStaticMarkup(createElement(App));
}

describe('App', () => {
  it('signed out: the log-in screen with the demo account hint, and no views', async () => {
    const html = await render();
    expect(html).toContain('>Log in</h2>');
    expect(html).toContain('type="email"');
    expect(html).toContain('type="password"');
    expect(html).toContain('demo@example.com');
    expect(html).toContain('tether-demo');
    expect(html).not.toContain('Log out');
    expect(html).not.toContain('Tasks (REST)');
  });

  it('with a session in sessionStorage: the board, who is signed in and the log-out button', async () => {
    stored.set(SESSION_KEY, JSON.stringify(sessionFor('token-a')));
    const html = await render();
    expect(html).toContain('Signed in as <strong>Demo User</strong>');
    expect(html).toContain('Log out');
    expect(html).toContain('Tasks (REST)');
    expect(html).toContain('id="tasks-heading"');
    expect(html).not.toContain('type="password"');
  });
});
