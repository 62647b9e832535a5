import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBreaking, runSnapshot } from '../../src/breaking/cli.js';
import { REPO_ROOT, runInProcess } from './temp-repo.js';

// Every case here fails before a contract is loaded, so a config file is all the repo needs.
describe('bad input: a clear error, exit 2, nothing written', () => {
  let root: string;
  const snapshots = () => join(root, 'packages/contract/snapshots');
  const writeSnapshot = async (name: string, text: string) => {
    await mkdir(snapshots(), { recursive: true });
    await writeFile(join(snapshots(), name), text);
  };
  const setConfig = async (breaking: Record<string, unknown>) => {
    const config = JSON.parse(await readFile(join(REPO_ROOT, 'codegen.config.json'), 'utf8'));
    // The repository's minimum names its own snapshots, which these tests do not copy.
    config.breaking = { ...config.breaking, minimumSupportedVersion: null, ...breaking };
    await writeFile(join(root, 'codegen.config.json'), JSON.stringify(config));
  };
  const listing = async () => (await readdir(root, { recursive: true })).sort();

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'breaking-bad-input-'));
    await setConfig({});
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it.each([
    [['v1'], /app version like 1\.4\.0.*got "v1"/],
    [['1.0'], /app version like 1\.4\.0/],
    [[], /expected one app version/],
    [['1.0.0', '--overwrite'], /unknown option --overwrite/],
  ])('snapshot %j', async (argv, message) => {
    const before = await listing();
    const run = await runInProcess(runSnapshot, root, argv);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
    expect(await listing()).toEqual(before);
  });

  it.each([
    [
      'a corrupt snapshot',
      async () => writeSnapshot('1.0.0.json', '{"snapshotFormat": 1'),
      [],
      /snapshots\/1\.0\.0\.json: corrupt snapshot, not JSON/,
    ],
    [
      'a snapshot that is not a snapshot',
      async () => writeSnapshot('1.0.0.json', '{"hello": 1}'),
      [],
      /1\.0\.0\.json: corrupt snapshot\n\s+snapshotFormat: Invalid input/,
    ],
    [
      'a stray file name',
      async () => writeSnapshot('latest.json', '{}'),
      [],
      /latest\.json: snapshot file names must be <app version>\.json/,
    ],
    [
      'a --base version with no snapshot and no such ref',
      async () => {},
      ['--base', '9.9.9'],
      /--base "9\.9\.9" is neither a snapshot version, a snapshot file nor a git ref/,
    ],
    [
      'an unknown git ref',
      async () => {},
      ['--base', 'no-such-branch'],
      /--base "no-such-branch" is neither/,
    ],
    [
      'a missing snapshot file',
      async () => {},
      ['--base', 'old/2.0.0.json'],
      /old\/2\.0\.0\.json: snapshot not found/,
    ],
    [
      'an option value that looks like an option',
      async () => {},
      ['--base', '--json'],
      /is neither/,
    ],
    [
      'an unknown option',
      async () => {},
      ['--jsn'],
      /unknown option --jsn\nusage: pnpm codegen breaking/,
    ],
    [
      'acknowledgements without a reason',
      async () => {
        await writeFile(
          join(root, 'packages/contract/breaking-changes.acknowledged.json'),
          JSON.stringify({ acknowledged: [{ id: 'x', reason: '' }] }),
        );
      },
      [],
      /breaking-changes\.acknowledged\.json: invalid acknowledgements.*acknowledged\.0\.reason/s,
    ],
    [
      'a corrupt acknowledgements file',
      async () => {
        await writeFile(join(root, 'packages/contract/breaking-changes.acknowledged.json'), 'nope');
      },
      [],
      /acknowledged\.json: not JSON/,
    ],
    [
      'a minimum supported version that is not a version',
      async () => setConfig({ minimumSupportedVersion: 'latest' }),
      [],
      /codegen\.config\.json: invalid configuration\n\s+breaking\.minimumSupportedVersion: must be an app version/,
    ],
    [
      'a minimum supported version newer than every snapshot',
      async () => {
        await writeSnapshot('1.0.0.json', '{}');
        await writeSnapshot('1.1.0-beta.1.json', '{}');
        await setConfig({ minimumSupportedVersion: '1.1.0' });
      },
      [],
      /codegen\.config\.json: breaking\.minimumSupportedVersion is 1\.1\.0, newer than every snapshot in packages\/contract\/snapshots \(newest: 1\.1\.0-beta\.1\), so no supported app version would be checked.*pnpm codegen snapshot 1\.1\.0/s,
    ],
    [
      'a minimum supported version and no snapshot at all',
      async () => setConfig({ minimumSupportedVersion: '1.0.0' }),
      ['--base', 'HEAD'],
      /breaking\.minimumSupportedVersion is 1\.0\.0, newer than every snapshot in packages\/contract\/snapshots \(there are none\)/,
    ],
    [
      'a corrupt snapshot of a retired version (retired snapshots are compared too)',
      async () => {
        await writeSnapshot('0.9.0.json', 'corrupt, and retired');
        await writeSnapshot('1.0.0.json', '{}');
        await setConfig({ minimumSupportedVersion: '1.0.0' });
      },
      [],
      /snapshots\/0\.9\.0\.json: corrupt snapshot, not JSON/,
    ],
  ] as const)('breaking with %s', async (_name, arrange, argv, message) => {
    await mkdir(join(root, 'packages/contract'), { recursive: true });
    await arrange();
    const before = await listing();
    const run = await runInProcess(runBreaking, root, [...argv]);
    expect(run.stderr).toMatch(message);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(await listing()).toEqual(before);
  });
});
