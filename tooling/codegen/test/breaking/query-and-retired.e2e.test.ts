import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempRepo } from './temp-repo.js';

const ACKS = 'packages/contract/breaking-changes.acknowledged.json';
const CONFIG = 'codegen.config.json';
const PAGE = 'packages/contract/src/models/page.ts';
const LIST_ROUTES = ['listProjects', 'listTasks', 'listUsers'];
const renameId = (route: string) => `request:param-renamed:${route}.query:cursor->after`;

// One repository walked through releases: 0.9.0 and 0.9.1 ship with `cursor`, the contract
// renames it to `after`, 1.0.0 ships with `after`, then 1.0.0 becomes the minimum. In order.
describe('a renamed query parameter and retired app versions, on a copy of the repository', {
  timeout: 90_000,
}, () => {
  let repo: Awaited<ReturnType<typeof tempRepo>>;
  const setMinimum = async (minimum: string | null) => {
    const config = JSON.parse(await repo.read(CONFIG));
    config.breaking.minimumSupportedVersion = minimum;
    await repo.write(CONFIG, JSON.stringify(config, null, 2));
  };
  beforeAll(async () => {
    repo = await tempRepo();
  });
  afterAll(() => repo.dispose());

  it('fails on the rename of cursor to after, one breaking entry per list route', async () => {
    for (const version of ['0.9.0', '0.9.1']) {
      expect(await repo.run(['snapshot', version])).toMatchObject({ code: 0, stderr: '' });
    }
    await repo.edit(PAGE, /\bcursor: z\.string\(\)/, 'after: z.string()');

    const run = await repo.run(['breaking']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const breaking = run.stdout.slice(
      run.stdout.indexOf('## Breaking'),
      run.stdout.indexOf('\n## ', run.stdout.indexOf('## Breaking') + 1),
    );
    for (const route of LIST_ROUTES) {
      expect(breaking).toContain(
        `- **query parameter renamed (cursor->after)** [request] — route \`${route}\` · field \`query\`: old apps still send \`cursor\`, never \`after\`; the server drops the old name`,
      );
      expect(breaking).toContain(`id: \`${renameId(route)}\``);
    }
    expect(breaking).toContain(
      '  fix: keep accepting `cursor` next to `after` (optional, marked deprecated) and read either, or acknowledge the id',
    );
    expect(breaking).toContain('Apps: 0.9.0, 0.9.1.');
    // One entry, not a removal plus an unrelated addition.
    expect(run.stdout).not.toMatch(/query parameter removed|optional parameter added/);
    expect(run.stdout).toContain('3 breaking change(s) would break app versions still in use.');
  });

  it('passes once each rename is acknowledged with a reason', async () => {
    const reason = 'cursor renamed to after; 0.9.x is force-updated';
    await repo.write(
      ACKS,
      JSON.stringify({
        acknowledged: LIST_ROUTES.map((route) => ({ id: renameId(route), reason })),
      }),
    );
    const run = await repo.run(['breaking']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`acknowledged: ${reason}`);
    expect(run.stdout).not.toContain('fix:');
    expect(run.stdout).not.toContain('would break app versions still in use');
  });

  it('passes without acknowledgement once the only versions it breaks are retired, and lists them', async () => {
    expect(await repo.run(['snapshot', '1.0.0'])).toMatchObject({ code: 0, stderr: '' });
    await setMinimum('1.0.0');
    const run = await repo.run(['breaking']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Contract changes against app versions 1.0.0\n');
    expect(run.stdout).toContain(
      'Also compared, for information: 0.9.0, 0.9.1 (retired: below breaking.minimumSupportedVersion 1.0.0).',
    );
    expect(run.stdout).not.toContain('## Breaking');
    const retired = run.stdout.slice(run.stdout.indexOf('## Retired (3)'));
    expect(retired).not.toContain('fix:');
    for (const route of LIST_ROUTES) {
      expect(retired).toMatch(
        new RegExp(
          `- \\*\\*query parameter renamed \\(cursor->after\\)\\*\\* \\[request\\] — route \`${route}\`[^\\n]*Would have broken 0\\.9\\.0, 0\\.9\\.1 — retired: below breaking\\.minimumSupportedVersion 1\\.0\\.0\\.`,
        ),
      );
      // The acknowledgements from before are no longer needed.
      expect(run.stdout).toContain(
        `note: acknowledgement ${renameId(route)} is needed only by retired app versions; it can be removed.`,
      );
    }
  });

  it('still fails when a break also reaches a supported version, naming the retired ones apart', async () => {
    await repo.write(ACKS, JSON.stringify({ acknowledged: [] }));
    await repo.edit(PAGE, /\bafter: z\.string\(\)/, 'from: z.string()');
    const run = await repo.run(['breaking', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      bases: ['1.0.0'],
      retiredBases: ['0.9.0', '0.9.1'],
      minimumSupportedVersion: '1.0.0',
      summary: { unacknowledgedBreaking: 3, retired: 3 },
    });
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        id: 'request:param-renamed:listTasks.query:after->from',
        class: 'breaking',
        versions: ['1.0.0'],
        retiredVersions: [],
      }),
    );
    expect(report.retired).toContainEqual(
      expect.objectContaining({
        id: 'request:param-renamed:listTasks.query:cursor->from',
        versions: [],
        retiredVersions: ['0.9.0', '0.9.1'],
        acknowledged: null,
      }),
    );
  });

  it('treats an explicit --base below the minimum as retired too', async () => {
    const run = await repo.run(['breaking', '--base', '0.9.0']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Contract changes against retired app versions 0.9.0\n');
    expect(run.stdout).toContain('No changes for supported app versions.');
    expect(run.stdout).toContain(
      'Would have broken 0.9.0 — retired: below breaking.minimumSupportedVersion 1.0.0.',
    );
  });

  it('records a snapshot below the minimum with a note that its breaks will be retired', async () => {
    const run = await repo.run(['snapshot', '0.9.2']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      'note: 0.9.2 is older than breaking.minimumSupportedVersion (1.0.0), so `breaking` lists ' +
        'its breaks as retired: they never fail the check\n',
    );
  });
});
