import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compareSnapshots } from '../../src/breaking/compare.js';
import {
  blockingChanges,
  buildReport,
  renderJson,
  renderMarkdown,
} from '../../src/breaking/report.js';
import { responds, snapshotOf } from './fixture.js';

const status = (values: [string, ...string[]]) => () =>
  responds({ status: z.enum(values), name: z.string().max(10) });
const dropName = () => responds({ status: z.enum(['a', 'b', 'c']) });

/** v1 shipped before enums had an unknown fallback; v2 has it. */
function perVersion() {
  const current = snapshotOf(dropName);
  return [
    {
      base: '1.0.0',
      changes: compareSnapshots(
        snapshotOf(status(['a', 'b']), { enumUnknownFallback: false }, '1.0.0'),
        current,
      ),
    },
    {
      base: '2.0.0',
      changes: compareSnapshots(snapshotOf(status(['a', 'b']), {}, '2.0.0'), current),
    },
  ];
}

describe('report', () => {
  it('merges versions per change and class: one change may break v1 and be safe for v2', () => {
    const report = buildReport(perVersion(), new Map());
    const summary = report.changes.map((change) => [change.class, change.id, change.versions]);
    expect(summary).toEqual([
      ['breaking', 'response:enum-value-added:Thing.status:c', ['1.0.0']],
      ['breaking', 'response:property-removed:Thing.name', ['1.0.0', '2.0.0']],
      ['safe', 'response:enum-value-added:Thing.status:c', ['2.0.0']],
    ]);
    expect(blockingChanges(report)).toHaveLength(2);
  });

  it('renders a changelog grouped by class naming route, model, field, versions and id', () => {
    const markdown = renderMarkdown(buildReport(perVersion(), new Map()), 'acks.json');
    expect(markdown).toContain('# Contract changes against app versions 1.0.0, 2.0.0');
    const breaking = markdown.slice(
      markdown.indexOf('## Breaking (2)'),
      markdown.indexOf('## Safe (1)'),
    );
    expect(breaking).toContain(
      '- **property removed** [response] — route `getThing` · model `Thing` · field `name`: the old decoder requires it and throws when it is absent. Apps: 1.0.0, 2.0.0.',
    );
    expect(breaking).toContain('id: `response:property-removed:Thing.name`');
    expect(markdown).toContain('2 breaking change(s)');
    expect(markdown).toContain('acks.json');
  });

  it('lets acknowledged changes through, shows the reason, and flags stale acknowledgements', () => {
    const acknowledgements = new Map([
      [
        'response:property-removed:Thing.name',
        'name moved to profile; 1.x and 2.x are force-updated',
      ],
      ['response:enum-value-added:Thing.status:c', 'v1 users are gone'],
      ['request:property-removed:Old.field', 'from an earlier release'],
    ]);
    const report = buildReport(perVersion(), acknowledgements);
    expect(blockingChanges(report)).toEqual([]);
    expect(report.unusedAcknowledgements).toEqual(['request:property-removed:Old.field']);
    const markdown = renderMarkdown(report, 'acks.json');
    expect(markdown).toContain('acknowledged: name moved to profile');
    expect(markdown).not.toContain('breaking change(s) would break');
    const json = JSON.parse(renderJson(report));
    expect(json.summary).toEqual({
      breaking: 2,
      warning: 0,
      safe: 1,
      unacknowledgedBreaking: 0,
      retired: 0,
    });
    expect(json.changes[0]).toMatchObject({
      kind: 'enum-value-added',
      versions: ['1.0.0'],
      acknowledged: 'v1 users are gone',
    });
  });

  it('names at most four routes of a widely used model and counts the rest', () => {
    const change = {
      id: 'response:enum-value-added:Status:x',
      kind: 'enum-value-added' as const,
      class: 'safe' as const,
      side: 'response' as const,
      routes: ['a', 'b', 'c', 'd', 'e', 'f'],
      model: 'Status',
      field: undefined,
      detail: 'x',
      why: 'old apps decode it as unknown',
    };
    const markdown = renderMarkdown(
      buildReport([{ base: '1.0.0', changes: [change] }], new Map()),
      'acks.json',
    );
    expect(markdown).toContain('route `a`, `b`, `c`, `d`, 2 more · model `Status`: old apps');
  });

  describe('retired app versions (below breaking.minimumSupportedVersion)', () => {
    /** 0.9.0 and 0.9.1 shipped without the enum fallback; 1.0.0 has it. */
    function withRetired() {
      const current = snapshotOf(dropName);
      const old = (version: string, features = {}) =>
        compareSnapshots(snapshotOf(status(['a', 'b']), features, version), current);
      return [
        { base: '0.9.0', changes: old('0.9.0', { enumUnknownFallback: false }), retired: true },
        { base: '0.9.1', changes: old('0.9.1', { enumUnknownFallback: false }), retired: true },
        { base: '1.0.0', changes: old('1.0.0') },
      ];
    }

    it('lists breaks of retired versions alone apart, never blocking', () => {
      const report = buildReport(withRetired(), new Map(), '1.0.0');
      expect(report.bases).toEqual(['1.0.0']);
      expect(report.retiredBases).toEqual(['0.9.0', '0.9.1']);
      expect(report.retired.map((change) => [change.id, change.retiredVersions])).toEqual([
        ['response:enum-value-added:Thing.status:c', ['0.9.0', '0.9.1']],
      ]);
      expect(
        report.changes.map((change) => [
          change.class,
          change.id,
          change.versions,
          change.retiredVersions,
        ]),
      ).toEqual([
        ['breaking', 'response:property-removed:Thing.name', ['1.0.0'], ['0.9.0', '0.9.1']],
        ['safe', 'response:enum-value-added:Thing.status:c', ['1.0.0'], []],
      ]);
      expect(blockingChanges(report).map((change) => change.id)).toEqual([
        'response:property-removed:Thing.name',
      ]);
    });

    it('says which versions a retired break would have broken and why it needs no acknowledgement', () => {
      const markdown = renderMarkdown(buildReport(withRetired(), new Map(), '1.0.0'), 'acks.json');
      expect(markdown).toContain('# Contract changes against app versions 1.0.0\n');
      expect(markdown).toContain(
        'Also compared, for information: 0.9.0, 0.9.1 (retired: below breaking.minimumSupportedVersion 1.0.0).',
      );
      const retired = markdown.slice(
        markdown.indexOf('## Retired (1)'),
        markdown.indexOf('## Safe'),
      );
      expect(retired).toContain('need no acknowledgement');
      expect(retired).toContain(
        '- **enum value added (c)** [response] — route `getThing` · model `Thing` · field `status`: the old enum decoder throws on it. Would have broken 0.9.0, 0.9.1 — retired: below breaking.minimumSupportedVersion 1.0.0.',
      );
      expect(markdown).toContain(
        'the old decoder requires it and throws when it is absent. Apps: 1.0.0; also 0.9.0, 0.9.1, retired.',
      );
      expect(markdown).toContain('1 breaking change(s) would break app versions still in use.');
    });

    it('passes when only retired versions break, and calls their acknowledgements removable', () => {
      const onlyRetired = withRetired().map((base) =>
        base.retired
          ? base
          : {
              ...base,
              changes: base.changes.filter((change) => change.class !== 'breaking'),
            },
      );
      const id = 'response:property-removed:Thing.name';
      const report = buildReport(
        onlyRetired,
        new Map([[id, 'from before 1.0.0 was the minimum']]),
        '1.0.0',
      );
      expect(blockingChanges(report)).toEqual([]);
      expect(report.changes.map((change) => change.id)).not.toContain(id);
      expect(report.retired.map((change) => [change.id, change.acknowledged])).toEqual([
        ['response:enum-value-added:Thing.status:c', undefined],
        [id, undefined],
      ]);
      expect(report.unusedAcknowledgements).toEqual([id]);
      const markdown = renderMarkdown(report, 'acks.json');
      expect(markdown).not.toContain('would break app versions still in use');
      expect(markdown).toContain(
        `note: acknowledgement ${id} is needed only by retired app versions; it can be removed.`,
      );
      const json = JSON.parse(renderJson(report));
      expect(json).toMatchObject({
        bases: ['1.0.0'],
        retiredBases: ['0.9.0', '0.9.1'],
        minimumSupportedVersion: '1.0.0',
        summary: { unacknowledgedBreaking: 0, retired: 2 },
      });
      expect(json.retired).toContainEqual(
        expect.objectContaining({ id, versions: [], retiredVersions: ['0.9.0', '0.9.1'] }),
      );
    });
  });
});
