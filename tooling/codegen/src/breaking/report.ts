import type { Change } from './change.js';
import type { ChangeClass } from './rules.js';
import { titleOf } from './rules.js';

/** A change as found against one or more app versions. */
export interface ReportedChange extends Change {
  versions: string[];
  /** The reason from the acknowledgements file, when the change is acknowledged. */
  acknowledged: string | undefined;
}

export interface Report {
  /** The app versions (or the git ref) compared against, oldest first. */
  bases: string[];
  changes: ReportedChange[];
  /** Acknowledged ids that matched nothing: stale entries the team may delete. */
  unusedAcknowledgements: string[];
}

/**
 * Merges per-version results: one entry per change id and class, naming every app version it
 * applies to (the same change may break an old app and be safe for a newer decoder).
 */
export function buildReport(
  perBase: { base: string; changes: Change[] }[],
  acknowledgements: Map<string, string>,
): Report {
  const merged = new Map<string, ReportedChange>();
  for (const { base, changes } of perBase) {
    for (const change of changes) {
      const key = `${change.class}\u0000${change.id}`;
      const known = merged.get(key);
      if (known === undefined) {
        merged.set(key, {
          ...change,
          routes: [...change.routes],
          versions: [base],
          acknowledged: acknowledgements.get(change.id),
        });
        continue;
      }
      known.versions.push(base);
      for (const route of change.routes)
        if (!known.routes.includes(route)) known.routes.push(route);
    }
  }
  const order: Record<ChangeClass, number> = { breaking: 0, warning: 1, safe: 2 };
  const changes = [...merged.values()]
    .map((change) => ({ ...change, routes: change.routes.sort() }))
    .sort((a, b) => order[a.class] - order[b.class] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const matched = new Set(changes.map((change) => change.id));
  return {
    bases: perBase.map(({ base }) => base),
    changes,
    unusedAcknowledgements: [...acknowledgements.keys()].filter((id) => !matched.has(id)).sort(),
  };
}

export const blockingChanges = (report: Report) =>
  report.changes.filter(
    (change) => change.class === 'breaking' && change.acknowledged === undefined,
  );

const MAX_ROUTES_SHOWN = 4;

function describe(change: ReportedChange): string {
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
  const lines = [
    `- **${what}**${side} — ${where}: ${change.why}. Apps: ${change.versions.join(', ')}.`,
    `  id: \`${change.id}\``,
  ];
  if (change.acknowledged !== undefined) lines.push(`  acknowledged: ${change.acknowledged}`);
  return lines.join('\n');
}

const SECTIONS: { class: ChangeClass; heading: string }[] = [
  { class: 'breaking', heading: 'Breaking' },
  { class: 'warning', heading: 'Warnings' },
  { class: 'safe', heading: 'Safe' },
];

/** The changelog: grouped breaking / warning / safe, one line per change with its id. */
export function renderMarkdown(report: Report, acknowledgementsPath: string): string {
  const out = [`# Contract changes against app versions ${report.bases.join(', ')}`, ''];
  if (report.changes.length === 0) out.push('No changes.', '');
  for (const section of SECTIONS) {
    const changes = report.changes.filter((change) => change.class === section.class);
    if (changes.length === 0) continue;
    out.push(`## ${section.heading} (${changes.length})`, '');
    for (const change of changes) out.push(describe(change));
    out.push('');
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
  for (const id of report.unusedAcknowledgements) {
    out.push(`note: acknowledgement ${id} matches no current change; it can be removed.`);
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export function renderJson(report: Report): string {
  const count = (changeClass: ChangeClass) =>
    report.changes.filter((change) => change.class === changeClass).length;
  return `${JSON.stringify(
    {
      bases: report.bases,
      summary: {
        breaking: count('breaking'),
        warning: count('warning'),
        safe: count('safe'),
        unacknowledgedBreaking: blockingChanges(report).length,
      },
      changes: report.changes.map((change) => ({
        ...change,
        acknowledged: change.acknowledged ?? null,
      })),
      unusedAcknowledgements: report.unusedAcknowledgements,
    },
    null,
    2,
  )}\n`;
}
