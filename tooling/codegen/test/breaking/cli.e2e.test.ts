import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSnapshot } from '../../src/breaking/cli.js';
import { runInProcess, tempRepo } from './temp-repo.js';

const SNAPSHOT = 'packages/contract/snapshots/1.0.0.json';
const ACKS = 'packages/contract/breaking-changes.acknowledged.json';

// One repository walked through a release cycle; the steps depend on each other, in order.
describe('snapshot and breaking on a copy of the repository', { timeout: 60_000 }, () => {
  let repo: Awaited<ReturnType<typeof tempRepo>>;
  let gitTemp: string;
  beforeAll(async () => {
    repo = await tempRepo();
    gitTemp = await mkdtemp(join(tmpdir(), 'breaking-e2e-tmp-'));
  });
  afterAll(async () => {
    await repo.dispose();
    await rm(gitTemp, { recursive: true, force: true });
  });

  it('records the shipped contract as 1.0.0 and refuses to overwrite it', async () => {
    const first = await repo.run(['snapshot', '1.0.0']);
    expect(first.stderr).toBe('');
    expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining(`wrote ${SNAPSHOT}`) });
    const written = await repo.read(SNAPSHOT);
    expect(JSON.parse(written)).toMatchObject({ appVersion: '1.0.0', snapshotFormat: 1 });

    // Refused before the contract is even loaded, so this runs in-process.
    const again = await runInProcess(runSnapshot, repo.root, ['snapshot', '1.0.0'].slice(1));
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(
      /1\.0\.0\.json: a snapshot of this version already exists.*--force/s,
    );
    expect(await repo.read(SNAPSHOT)).toBe(written);
  });

  it('fails with a changelog naming 1.0.0, the route, model and field once a field is removed', async () => {
    await repo.write('.gitignore', 'node_modules\n');
    await repo.git('init', '-q');
    await repo.git('add', '.');
    await repo.git(
      '-c',
      'user.name=t',
      '-c',
      'user.email=t@example.com',
      'commit',
      '-qm',
      'shipped 1.0.0',
    );
    await repo.edit('packages/contract/src/models/user.ts', /\n\s*displayName: [^\n]*/, '');

    const run = await repo.run(['breaking']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('# Contract changes against app versions 1.0.0');
    expect(run.stdout).toMatch(
      /## Breaking[^#]*\*\*property removed\*\* \[response\] — route `getCurrentUser`, `getUser`, `listUsers`, `logIn`, 1 more · model `User` · field `displayName`: [^\n]*Apps: 1\.0\.0\./,
    );
    expect(run.stdout).toContain('id: `response:property-removed:User.displayName`');
  });

  it('compares against a git ref through a temporary export it cleans up (--json)', async () => {
    const run = await repo.run(['breaking', '--base', 'HEAD', '--json'], { TMPDIR: gitTemp });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.bases).toEqual(['git HEAD']);
    expect(report.summary.unacknowledgedBreaking).toBe(1);
    expect(report.changes).toContainEqual(
      expect.objectContaining({
        id: 'response:property-removed:User.displayName',
        class: 'breaking',
        model: 'User',
        field: 'displayName',
        acknowledged: null,
      }),
    );
    const left = (await readdir(gitTemp)).filter((name) => name.startsWith('tether-breaking-'));
    expect(left).toEqual([]);
  });

  it('passes once the break is acknowledged with a reason, and says so', async () => {
    const reason = 'display names moved to profiles; 1.0.0 is force-updated';
    const id = 'response:property-removed:User.displayName';
    await repo.write(ACKS, JSON.stringify({ acknowledged: [{ id, reason }] }));
    const run = await repo.run(['breaking', '--base', SNAPSHOT]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Contract changes against app versions 1.0.0');
    expect(run.stdout).toContain(`acknowledged: ${reason}`);
  });
});
