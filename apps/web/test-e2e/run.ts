// End-to-end: the built app in Debian's Chromium against a real API (in-memory PGlite, seeded),
// served by `vite preview` with /api and /trpc proxied exactly as in development.
// Run: pnpm --filter @acme/web test:e2e   (never `playwright install`: /usr/bin/chromium is used)
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '@acme/api';
import { APP_VERSION_HEADER, CONTRACT_VERSION, CONTRACT_VERSION_HEADER } from '@acme/client-ts';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(webRoot, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** What vite.config.ts builds into the app as its x-app-version. */
const webVersion = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
/** Upper bound for any single wait in the browser. */
const WAIT_MS = 10_000;

type Api = Awaited<ReturnType<typeof startServer>>;
let api: Api | undefined;
let web: PreviewServer | undefined;
let browser: Browser | undefined;
let page: Page;
let appUrl: string;
const pageErrors: string[] = [];

interface TaskPage {
  items: { id: string; title: string }[];
  nextCursor: string | null;
}
interface SessionBody {
  token: string;
  user: { id: string; displayName: string };
}

/** The seeded account (apps/api/src/db/seed.ts) and what it must and must not see. */
const DEMO = { email: 'demo@example.com', password: 'tether-demo' } as const;
const DEMO_TASK = 'Set up the repository';
/** Tasks of "Web dashboard", owned by another user: never on the demo account's board. */
const OTHERS_TASKS = ['Write the API contract', 'Design the task board', 'Wire the tRPC client'];

/** The demo account's own session, for reading the API directly (not the browser's). */
let demoToken: string;

/** A request to the API as the app sees it, signed in as `token`. */
function apiFetch(path: string, token: string | undefined, init: RequestInit = {}) {
  assert.ok(api, 'API not started');
  return fetch(new URL(`/api/v1${path}`, api.url), {
    ...init,
    headers: {
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    signal: AbortSignal.timeout(WAIT_MS),
  });
}

/** The API as the demo account sees it, read directly to know what the UI must show. */
async function apiGet<T>(path: string): Promise<T> {
  const response = await apiFetch(path, demoToken);
  assert.equal(response.status, 200, `GET ${path}`);
  return (await response.json()) as T;
}

const rowTitles = () => page.locator('tbody tr th[scope="row"]').allTextContents();
const logInForm = () => page.getByRole('form', { name: 'Log in' });

/** Logs in through the app's form and waits for the board. */
async function logInInBrowser() {
  const form = logInForm();
  await form.getByLabel('Email').fill(DEMO.email);
  await form.getByLabel('Password').fill(DEMO.password);
  await form.getByRole('button', { name: 'Log in' }).click();
  await page.getByText('Signed in as Demo User').waitFor();
}

/** The token the app keeps in sessionStorage (undefined when signed out). */
const browserToken = () =>
  page.evaluate(() => {
    const raw = window.sessionStorage.getItem('tether.session');
    return raw === null ? undefined : (JSON.parse(raw) as { token: string }).token;
  });

/** Ends a session on the server behind the app's back, as an expiry would. */
async function endSessionOnServer(token: string | undefined) {
  assert.ok(token, 'the app holds a session');
  assert.equal((await apiFetch('/auth/logout', token, { method: 'POST' })).status, 204);
}

before(
  async () => {
    if (!existsSync(chromiumPath)) {
      throw new Error(
        `No Chromium at ${chromiumPath}: run \`apt-get update && apt-get install -y chromium\` ` +
          '(or set CHROMIUM_PATH). Never `playwright install`.',
      );
    }
    await mkdir(resultsDir, { recursive: true });
    await build({ root: webRoot, logLevel: 'warn' });
    api = await startServer();
    const loggedIn = await apiFetch('/auth/login', undefined, {
      method: 'POST',
      body: JSON.stringify(DEMO),
    });
    assert.equal(loggedIn.status, 200, 'the seed creates the demo account');
    demoToken = ((await loggedIn.json()) as SessionBody).token;

    // vite.config.ts proxies /api and /trpc to this port, as it does for `pnpm dev`.
    process.env.API_PORT = new URL(api.url).port;
    web = await preview({
      root: webRoot,
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
    const local = web.resolvedUrls?.local[0];
    assert.ok(local, 'vite preview reported no URL');
    appUrl = local;

    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
      timeout: 30_000,
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    page.setDefaultNavigationTimeout(WAIT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
  },
  { timeout: 180_000 },
);

after(
  async () => {
    // Each one closed even if another fails to, so no process outlives the run.
    const closing = [browser?.close(), web?.close(), api?.close()];
    const results = await Promise.allSettled(closing);
    for (const result of results) {
      if (result.status === 'rejected') console.error('cleanup failed:', result.reason);
    }
  },
  { timeout: 30_000 },
);

test("signed out: the log-in screen; a wrong password shows the API's message", {
  timeout: 30_000,
}, async () => {
  await page.goto(appUrl);
  const form = logInForm();
  await form.waitFor();
  await page.getByText('demo@example.com').first().waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Tasks', level: 2 }).count(), 0);
  await page.screenshot({ path: join(resultsDir, 'log-in.png'), fullPage: true });

  await form.getByLabel('Email').fill(DEMO.email);
  await form.getByLabel('Password').fill('not-the-password');
  const answer = page.waitForResponse((response) => response.url().endsWith('/auth/login'));
  await form.getByRole('button', { name: 'Log in' }).click();
  const response = await answer;
  assert.equal(response.status(), 401);
  const body = (await response.json()) as { code: string; message: string };
  assert.equal(body.code, 'UNAUTHENTICATED');
  const alert = form.getByRole('alert');
  await alert.waitFor();
  assert.equal((await alert.textContent())?.trim(), body.message);
  assert.equal(await browserToken(), undefined);
  await page.screenshot({ path: join(resultsDir, 'log-in-error.png'), fullPage: true });
});

test('logs in as the demo account: its tasks, newest first, as the API pages them', {
  timeout: 30_000,
}, async () => {
  const firstPage = await apiGet<TaskPage>('/tasks?limit=10');
  assert.ok(firstPage.items.length > 0, 'the seed should give the demo account tasks');

  const listed = page.waitForRequest((request) => request.url().includes('/api/v1/tasks'));
  await logInInBrowser();
  const token = await browserToken();
  assert.ok(token, 'the session is kept in sessionStorage');
  assert.equal((await listed).headers().authorization, `Bearer ${token}`);
  await page.getByRole('heading', { name: 'Tasks', level: 2 }).waitFor();
  await page
    .locator('tbody tr')
    .nth(firstPage.items.length - 1)
    .waitFor();
  assert.deepEqual(
    await rowTitles(),
    firstPage.items.map((task) => task.title),
  );
  await page.screenshot({ path: join(resultsDir, 'tasks-list.png'), fullPage: true });
});

test('"Load more" appends the next page by cursor', { timeout: 30_000 }, async (t) => {
  const firstPage = await apiGet<TaskPage>('/tasks?limit=10');
  if (firstPage.nextCursor === null) {
    t.skip('the seed fits on one page');
    return;
  }
  const secondPage = await apiGet<TaskPage>(
    `/tasks?limit=10&cursor=${encodeURIComponent(firstPage.nextCursor)}`,
  );
  await page.getByRole('button', { name: 'Load more' }).click();
  const expected = [...firstPage.items, ...secondPage.items].map((task) => task.title);
  await page
    .locator('tbody tr')
    .nth(expected.length - 1)
    .waitFor();
  assert.deepEqual(await rowTitles(), expected);
});

test("shows the demo account's own tasks and none of another user's", {
  timeout: 30_000,
}, async () => {
  const more = page.getByRole('button', { name: 'Load more' });
  while ((await more.count()) > 0) {
    const shown = (await rowTitles()).length;
    await more.click();
    await page.locator('tbody tr').nth(shown).waitFor();
  }
  const titles = await rowTitles();
  assert.ok(titles.includes(DEMO_TASK), `"${DEMO_TASK}" is on the board`);
  const others = titles.filter((title) => OTHERS_TASKS.some((other) => title.startsWith(other)));
  assert.deepEqual(others, [], "another user's tasks are not on the board");
});

test('creates a task with a link, a file and an image attachment', {
  timeout: 30_000,
}, async () => {
  const title = `E2E task ${Date.now()}`;
  await page.getByRole('button', { name: 'New task' }).click();
  const form = page.getByRole('form', { name: 'New task' });
  // The project picker fills in once the projects have loaded over REST.
  await form.getByLabel('Project').and(page.locator(':enabled')).waitFor();
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Tags').fill('e2e, attachments');

  const attachment = async (index: number, kind: string, fields: Record<string, string>) => {
    await form.getByRole('button', { name: 'Add attachment' }).click();
    const group = form.getByRole('group', { name: `Attachment ${index}` });
    await group.getByLabel('Kind').selectOption(kind);
    for (const [label, value] of Object.entries(fields)) {
      await group.getByLabel(label, { exact: true }).fill(value);
    }
  };
  await attachment(1, 'link', { URL: 'https://example.com/spec', 'Link text': 'Spec' });
  await attachment(2, 'file', {
    'File name': 'notes.pdf',
    'Media type': 'application/pdf',
    'Size (bytes)': '20480',
  });
  await attachment(3, 'image', {
    URL: 'https://example.com/mock.png',
    'Width (px)': '800',
    'Height (px)': '600',
    'Alternative text': 'Mock-up',
  });
  await form.getByRole('button', { name: 'Create task' }).click();

  await page.getByRole('status').getByText(`Saved “${title}”.`).waitFor();
  const row = page.locator('tbody tr').first();
  await row.getByRole('rowheader', { name: title }).waitFor();
  assert.deepEqual(await row.locator('li').allTextContents(), [
    'Spec',
    'notes.pdf (20 KB)',
    'Mock-up (800×600)',
  ]);
  const created = (await apiGet<TaskPage>('/tasks?limit=1')).items[0];
  assert.equal(created?.title, title);
});

test('edits a task over PATCH and shows the change', { timeout: 30_000 }, async () => {
  const [title] = await rowTitles();
  assert.ok(title);
  await page.getByRole('button', { name: `Edit ${title}` }).click();
  const form = page.getByRole('form', { name: `Edit “${title}”` });
  await form.getByLabel('Status').selectOption('done');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('status').getByText(`Saved “${title}”.`).waitFor();
  await page.locator('tbody tr').first().getByText('Done', { exact: true }).waitFor();
});

test('shows server validation errors next to their fields', { timeout: 30_000 }, async () => {
  const newest = await apiGet<TaskPage>('/tasks?limit=1');
  await page.getByRole('button', { name: 'New task' }).click();
  const form = page.getByRole('form', { name: 'New task' });
  await form.getByLabel('Project').and(page.locator(':enabled')).waitFor();
  // The form leaves every rule to the server, so these reach the API as typed.
  await form.getByLabel('Title').fill('x'.repeat(201));
  await form.getByRole('button', { name: 'Add attachment' }).click();
  await form.getByRole('group', { name: 'Attachment 1' }).getByLabel('URL').fill('not a url');
  const answer = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/v1/tasks') && response.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Create task' }).click();
  assert.equal((await answer).status(), 400);

  for (const inputId of ['field-title', 'field-attachments-0-url']) {
    const input = page.locator(`#${inputId}`);
    const message = page.locator(`#${inputId}-error`);
    await message.waitFor();
    assert.notEqual((await message.textContent())?.trim(), '');
    assert.equal(await input.getAttribute('aria-invalid'), 'true');
    assert.match(
      (await input.getAttribute('aria-describedby')) ?? '',
      new RegExp(`${inputId}-error`),
    );
  }
  // Focus lands on the first field to fix.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-title');
  await page.screenshot({ path: join(resultsDir, 'validation-errors.png'), fullPage: true });
  assert.deepEqual(await apiGet<TaskPage>('/tasks?limit=1'), newest, 'nothing was created');
});

test('lists projects through tRPC, the same ones REST returns', { timeout: 30_000 }, async () => {
  const projects = await apiGet<{ items: { name: string }[] }>('/projects?limit=10');
  assert.ok(projects.items.some((project) => project.name === 'Mobile app'));
  assert.ok(projects.items.every((project) => project.name !== 'Web dashboard'));
  const viaTrpc = page.waitForRequest((request) => request.url().includes('/trpc/listProjects'));
  await page.getByRole('link', { name: 'Projects (tRPC)' }).click();
  assert.equal((await viaTrpc).headers().authorization, `Bearer ${await browserToken()}`);
  const items = page.getByRole('region', { name: 'Projects' }).getByRole('listitem');
  await items.nth(projects.items.length - 1).waitFor();
  assert.deepEqual(
    await items.locator('strong').allTextContents(),
    projects.items.map((project) => project.name),
  );
});

test('creates a project through tRPC, owned by the signed-in user', {
  timeout: 30_000,
}, async () => {
  const name = `E2E project ${Date.now()}`;
  const form = page.getByRole('form', { name: 'New project' });
  await form.getByLabel('Name').fill(name);
  await form.getByRole('button', { name: 'Create project' }).click();
  await page.getByRole('status').getByText(`Created “${name}”.`).waitFor();
  await page.getByRole('region', { name: 'Projects' }).getByText(name, { exact: true }).waitFor();
  const me = await apiGet<{ id: string }>('/auth/me');
  const projects = await apiGet<{ items: { name: string; ownerId: string }[] }>(
    '/projects?limit=100',
  );
  assert.equal(projects.items.find((project) => project.name === name)?.ownerId, me.id);
});

test('a 401 from tRPC or from REST sends the user back to the log-in screen', {
  timeout: 60_000,
}, async () => {
  // tRPC: the session ends on the server; the next listProjects is refused.
  await endSessionOnServer(await browserToken());
  const refused = page.waitForResponse((response) => response.url().includes('/trpc/'));
  await page.reload();
  assert.equal((await refused).status(), 401);
  await logInForm().waitFor();
  await page.getByText('Your session has ended. Log in again to continue.').waitFor();
  assert.equal(await browserToken(), undefined, 'the token is dropped');
  await logInInBrowser();
  await page.getByRole('heading', { name: 'Projects', level: 2 }).waitFor();

  // REST: the same with the tasks list.
  await endSessionOnServer(await browserToken());
  const refusedRest = page.waitForResponse((response) => response.url().includes('/api/v1/tasks'));
  await page.getByRole('link', { name: 'Tasks (REST)' }).click();
  assert.equal((await refusedRest).status(), 401);
  await logInForm().waitFor();
  assert.equal(await browserToken(), undefined, 'the token is dropped');
  await logInInBrowser();
  await page.getByRole('heading', { name: 'Tasks', level: 2 }).waitFor();
  await page.locator('tbody tr').first().waitFor();
});

test('a retired app build: the API answers 426 and the app offers a reload', {
  timeout: 60_000,
}, async () => {
  // A second API that retires every version below 99.0.0; this page's REST calls go to it.
  const retired = await startServer(
    {},
    { appVersionPolicy: { contractVersion: CONTRACT_VERSION, minimumSupportedVersion: '99.0.0' } },
  );
  try {
    // Signed in on the board (from the regular API), then every REST call goes to the retired one.
    await page.goto(`${appUrl}#/tasks`);
    await page.getByRole('heading', { name: 'Tasks', level: 2 }).waitFor();
    await page.route('**/api/v1/**', (route) => {
      const url = new URL(route.request().url());
      route.continue({ url: new URL(`${url.pathname}${url.search}`, retired.url).href });
    });
    const answer = page.waitForResponse((response) => response.url().includes('/api/v1/tasks'));
    await page.reload();
    const response = await answer;
    // Retired before anything else is checked: the token (unknown to that server) is not looked at.
    assert.equal(response.status(), 426);
    const sent = await response.request().allHeaders();
    assert.equal(sent[APP_VERSION_HEADER], webVersion, 'the build sends its own version');
    assert.equal(sent[CONTRACT_VERSION_HEADER], CONTRACT_VERSION);
    const prompt = page.getByRole('alertdialog', { name: 'A new version is available' });
    await prompt.waitFor();
    assert.match((await prompt.textContent()) ?? '', /oldest one served is 99\.0\.0/);
    await page.screenshot({ path: join(resultsDir, 'update-required.png'), fullPage: true });
    await page.unroute('**/api/v1/**');
    // Reload: served by the regular API again, the prompt is gone, still signed in (the session
    // outlives a reload in sessionStorage).
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { name: 'Tasks', level: 2 }).waitFor();
    await page.getByText('Signed in as Demo User').waitFor();
    await page.locator('tbody tr').first().waitFor();
    assert.equal(await prompt.count(), 0);
  } finally {
    await page.unroute('**/api/v1/**').catch(() => {});
    await retired.close();
  }
});

test('log-out ends the session and returns to the log-in screen', { timeout: 30_000 }, async () => {
  const token = await browserToken();
  assert.ok(token);
  const loggedOut = page.waitForResponse((response) => response.url().endsWith('/auth/logout'));
  await page.getByRole('button', { name: 'Log out' }).click();
  assert.equal((await loggedOut).status(), 204);
  await logInForm().waitFor();
  await page.getByText('You have logged out.').waitFor();
  assert.equal(await browserToken(), undefined, 'sessionStorage no longer holds it');
  assert.equal(await page.getByRole('button', { name: 'Log out' }).count(), 0);
  assert.equal((await apiFetch('/auth/me', token)).status, 401, 'the API refuses the token');
  assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
});
