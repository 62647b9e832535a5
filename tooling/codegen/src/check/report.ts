import { REGENERATE_COMMAND } from '../pipeline/header.js';
import { withoutMarker } from '../targets/openapi/serialize.js';
import { cappedDiff } from './diff.js';
import { explainOpenApiChange } from './explain-openapi.js';
import type { Drift } from './find-drift.js';

/** Files shown with a diff; the rest are listed by name only. */
const MAX_DIFFS = 8;

const reasons: Record<Drift['kind'], string> = {
  missing: 'missing (the contract produces it, the disk does not have it)',
  changed: 'out of date or edited by hand',
  stray: 'stray file in a generated folder (the contract does not produce it)',
};

/**
 * The drift report: which contract elements changed (from the committed openapi.json), then
 * each drifted file with why and a short diff, then the one command that fixes it all.
 */
export function driftReport(
  drift: Drift[],
  committedOpenApi: string | undefined,
  currentDocument: object,
  elapsedMs: number,
): string[] {
  const lines = [
    `codegen --check: ${drift.length} generated file${drift.length === 1 ? '' : 's'} out of date (${Math.round(elapsedMs)} ms)`,
  ];
  const changes = contractChanges(committedOpenApi, currentDocument);
  if (changes.length > 0) {
    lines.push('', 'Contract changes not yet generated (committed openapi.json -> contract):');
    lines.push(...changes.map((change) => `  - ${change}`));
  } else {
    lines.push(
      '',
      'The contract matches the committed openapi.json: generated files were edited, deleted or added by hand.',
    );
  }
  drift.forEach((item, index) => {
    lines.push('', `${item.path}: ${reasons[item.kind]}`);
    if (index < MAX_DIFFS && item.kind === 'changed') {
      lines.push(
        ...cappedDiff(item.path, item.actual ?? '', item.expected ?? '').map((l) => `  ${l}`),
      );
    }
  });
  lines.push('', `Fix: run \`${REGENERATE_COMMAND}\` and commit the result.`);
  return lines;
}

function contractChanges(committed: string | undefined, current: object): string[] {
  if (committed === undefined) return ['openapi.json is missing: every element is new'];
  let parsed: unknown;
  try {
    parsed = JSON.parse(committed);
  } catch {
    return ['the committed openapi.json is not valid JSON'];
  }
  const previous =
    typeof parsed === 'object' && parsed !== null
      ? withoutMarker(parsed as Record<string, unknown>)
      : {};
  return explainOpenApiChange(previous, current);
}
