import type { Change } from './change.js';
import type { ChangeClass } from './rules.js';
import { titleOf } from './rules.js';

/** A change as found against one or more app versions. */
export interface ReportedChange extends Change {
  /** Supported app versions (or the git ref) it applies to. */
  versions: string[];
  /** App versions below `breaking.minimumSupportedVersion` it would also have applied to. */
  retiredVersions: string[];
  /** The reason from the acknowledgements file, when the change is acknowledged. */
  acknowledged: string | undefined;
}

/** The changes found against one base; `retired` when its version is below the minimum. */
export interface BaseResult {
  base: string;
  changes: Change[];
  retired?: boolean;
}

export interface Report {
  /** The supported app versions (or the git ref) compared against, oldest first. */
  bases: string[];
  /** App versions below the minimum, compared for information only, oldest first. */
  retiredBases: string[];
  /** `breaking.minimumSupportedVersion`, when set. */
  minimumSupportedVersion: string | undefined;
  /** Every change that applies to at least one supported base. */
  changes: ReportedChange[];
  /**
   * Breaking changes that would break only retired versions: listed, never blocking, no
   * acknowledgement needed. (Warnings and safe changes for retired versions alone are dropped.)
   */
  retired: ReportedChange[];
  /** Acknowledged ids that match no change of a supported base: stale entries to delete. */
  unusedAcknowledgements: string[];
}

const ORDER: Record<ChangeClass, number> = { breaking: 0, warning: 1, safe: 2 };
const byClassAndId = (a: ReportedChange, b: ReportedChange) =>
  ORDER[a.class] - ORDER[b.class] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Merges per-version results: one entry per change id and class, naming every app version it
 * applies to (the same change may break an old app and be safe for a newer decoder). Versions
 * of retired bases are kept apart, so they never make a change blocking.
 */
export function buildReport(
  perBase: BaseResult[],
  acknowledgements: Map<string, string>,
  minimumSupportedVersion?: string,
): Report {
  const merged = new Map<string, ReportedChange>();
  for (const { base, changes, retired = false } of perBase) {
    for (const change of changes) {
      const key = `${change.class}\u0000${change.id}`;
      let known = merged.get(key);
      if (known === undefined) {
        known = {
          ...change,
          routes: [],
          versions: [],
          retiredVersions: [],
          acknowledged: undefined,
        };
        merged.set(key, known);
      }
      (retired ? known.retiredVersions : known.versions).push(base);
      for (const route of change.routes)
        if (!known.routes.includes(route)) known.routes.push(route);
    }
  }
  const all = [...merged.values()].map((change) => ({ ...change, routes: change.routes.sort() }));
  const changes = all
    .filter((change) => change.versions.length > 0)
    .map((change) => ({ ...change, acknowledged: acknowledgements.get(change.id) }))
    .sort(byClassAndId);
  const retired = all
    .filter((change) => change.versions.length === 0 && change.class === 'breaking')
    .sort(byClassAndId);
  const matched = new Set(changes.map((change) => change.id));
  return {
    bases: perBase.filter((result) => !result.retired).map(({ base }) => base),
    retiredBases: perBase.filter((result) => result.retired).map(({ base }) => base),
    minimumSupportedVersion,
    changes,
    retired,
    unusedAcknowledgements: [...acknowledgements.keys()].filter((id) => !matched.has(id)).sort(),
  };
}

export const blockingChanges = (report: Report) =>
  report.changes.filter(
    (change) => change.class === 'breaking' && change.acknowledged === undefined,
  );

const MAX_ROUTES_SHOWN = 4;

function describe(change: ReportedChange, report: Report): string {
  const shown = change.routes.slice(0, MAX_ROUTES_SHOWN).map((route) => `\`${route}\``);
  const hidden = change.routes.length - shown.length;
  const routes = hidden > 0 ? [...shown, `${hidden} more`] : shown;
  const where = [
    routes.length > 0 ? `route ${routes.join(', ')}` : undefined,
    change.model ? `model \`${change.model}\`` : undefined,
    change.field ? `field \`${change.field}\`` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const what = `${titleOf(change.kind)}${change.detail ? ` (${change.detail})` : ''}`;
  const side = change.side === 'route' ? '' : ` [${change.side}]`;
  const apps =
    change.versions.length === 0
      ? `Would have broken ${change.retiredVersions.join(', ')} — ${retiredBecause(report)}.`
      : `Apps: ${change.versions.join(', ')}${
          change.retiredVersions.length > 0
            ? `; also ${change.retiredVersions.join(', ')}, retired`
            : ''
        }.`;
  const lines = [
    `- **${what}**${side} — ${where}: ${change.why}. ${apps}`,
    `  id: \`${change.id}\``,
  ];
  if (change.acknowledged !== undefined) {
    lines.push(`  acknowledged: ${change.acknowledged}`);
  } else if (
    change.fix !== undefined &&
    change.class === 'breaking' &&
    change.versions.length > 0
  ) {
    lines.push(`  fix: ${change.fix}`);
  }
  return lines.join('\n');
}

const retiredBecause = (report: Report) =>
  `retired: below breaking.minimumSupportedVersion ${report.minimumSupportedVersion ?? '(unset)'}`;

const SECTIONS: { class: ChangeClass; heading: string }[] = [
  { class: 'breaking', heading: 'Breaking' },
  { class: 'warning', heading: 'Warnings' },
  { class: 'safe', heading: 'Safe' },
];

function header(report: Report): string[] {
  const lines =
    report.bases.length > 0
      ? [`# Contract changes against app versions ${report.bases.join(', ')}`]
      : [`# Contract changes against retired app versions ${report.retiredBases.join(', ')}`];
  if (report.bases.length > 0 && report.retiredBases.length > 0) {
    lines.push(
      '',
      `Also compared, for information: ${report.retiredBases.join(', ')} (${retiredBecause(report)}).`,
    );
  }
  return [...lines, ''];
}

function retiredSection(report: Report): string[] {
  if (report.retired.length === 0) return [];
  return [
    `## Retired (${report.retired.length})`,
    '',
    `Breaking only for app versions below breaking.minimumSupportedVersion ` +
      `${report.minimumSupportedVersion ?? '(unset)'}: listed for the record; they do not fail ` +
      'the check and need no acknowledgement.',
    '',
    ...report.retired.map((change) => describe(change, report)),
    '',
  ];
}

/** The changelog: grouped breaking / warning / safe, one line per change with its id. */
export function renderMarkdown(report: Report, acknowledgementsPath: string): string {
  const out = header(report);
  if (report.changes.length === 0) {
    out.push(
      report.retired.length === 0 ? 'No changes.' : 'No changes for supported app versions.',
      '',
    );
  }
  for (const section of SECTIONS) {
    const changes = report.changes.filter((change) => change.class === section.class);
    if (changes.length > 0) {
      out.push(`## ${section.heading} (${changes.length})`, '');
      for (const change of changes) out.push(describe(change, report));
      out.push('');
    }
    if (section.class === 'breaking') out.push(...retiredSection(report));
  }
  const blocking = blockingChanges(report);
  if (blocking.length > 0) {
    out.push(
      `${blocking.length} breaking change(s) would break app versions still in use.`,
      'Make the change compatible, or if old apps are dealt with (forced update, feature gone),',
      `acknowledge each id with a reason in ${acknowledgementsPath}:`,
      `  { "acknowledged": [{ "id": "${blocking[0]?.id}", "reason": "..." }] }`,
      '',
    );
  }
  const retiredIds = new Set(report.retired.map((change) => change.id));
  for (const id of report.unusedAcknowledgements) {
    out.push(
      retiredIds.has(id)
        ? `note: acknowledgement ${id} is needed only by retired app versions; it can be removed.`
        : `note: acknowledgement ${id} matches no current change; it can be removed.`,
    );
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderJson(report: Report): string {
  const count = (changeClass: ChangeClass) =>
    report.changes.filter((change) => change.class === changeClass).length;
  return `${JSON.stringify(
    {
      bases: report.bases,
      retiredBases: report.retiredBases,
      minimumSupportedVersion: report.minimumSupportedVersion ?? null,
      summary: {
        breaking: count('breaking'),
        warning: count('warning'),
        safe: count('safe'),
        unacknowledgedBreaking: blockingChanges(report).length,
        retired: report.retired.length,
      },
      changes: report.changes.map((change) => ({
        ...change,
        acknowledged: change.acknowledged ?? null,
      })),
      retired: report.retired.map((change) => ({ ...change, acknowledged: null })),
      unusedAcknowledgements: report.unusedAcknowledgements,
    },
    null,
    2,
  )}\n`;
}
