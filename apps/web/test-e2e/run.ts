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

/** The API as the app sees it, read directly to know what the UI must show. */
async function apiGet<T>(path: string): Promise<T> {
  assert.ok(api, 'API not started');
  const response = await fetch(new URL(`/api/v1${path}`, api.url), {
    signal: AbortSignal.timeout(WAIT_MS),
  });
  assert.equal(response.status, 200, `GET ${path}`);
  return (await response.json()) as T;
}

const rowTitles = () => page.locator('tbody tr th[scope="row"]').allTextContents();

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

test('lists the seeded tasks, newest first, as the API pages them', {
  timeout: 30_000,
}, async () => {
  const firstPage = await apiGet<TaskPage>('/tasks?limit=10');
  assert.ok(firstPage.items.length > 0, 'the seed should contain tasks');

  await page.goto(appUrl);
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
  const viaTrpc = page.waitForRequest((request) => request.url().includes('/trpc/listProjects'));
  await page.getByRole('link', { name: 'Projects (tRPC)' }).click();
  await viaTrpc;
  const items = page.getByRole('region', { name: 'Projects' }).getByRole('listitem');
  await items.nth(projects.items.length - 1).waitFor();
  assert.deepEqual(
    await items.locator('strong').allTextContents(),
    projects.items.map((project) => project.name),
  );
  assert.deepEqual(pageErrors, [], 'no uncaught errors in the page');
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
    await page.route('**/api/v1/**', (route) => {
      const url = new URL(route.request().url());
      route.continue({ url: new URL(`${url.pathname}${url.search}`, retired.url).href });
    });
    const answer = page.waitForResponse((response) => response.url().includes('/api/v1/tasks'));
    await page.goto(`${appUrl}#/tasks`);
    const response = await answer;
    assert.equal(response.status(), 426);
    const sent = await response.request().allHeaders();
    assert.equal(sent[APP_VERSION_HEADER], webVersion, 'the build sends its own version');
    assert.equal(sent[CONTRACT_VERSION_HEADER], CONTRACT_VERSION);
    const prompt = page.getByRole('alertdialog', { name: 'A new version is available' });
    await prompt.waitFor();
    assert.match((await prompt.textContent()) ?? '', /oldest one served is 99\.0\.0/);
    await page.screenshot({ path: join(resultsDir, 'update-required.png'), fullPage: true });
    await page.unroute('**/api/v1/**');
    // Reload: served by the regular API again, the prompt is gone.
    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('heading', { name: 'Tasks', level: 2 }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    assert.equal(await prompt.count(), 0);
  } finally {
    await page.unroute('**/api/v1/**').catch(() => {});
    await retired.close();
  }
});
