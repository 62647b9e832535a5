/** Keys sorted at every level: the same contract always serialises to the same bytes. */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, child]) => [key, sortKeysDeep(child)]),
  );
}

/** The repository's formatter (Biome, 100 columns) would reflow anything else we emit. */
const LINE_WIDTH = 100;
const INDENT = '  ';

const isPrimitive = (value: unknown) => value === null || typeof value !== 'object';

/**
 * Renders `value` after `prefix` (the indentation and `"key": `) on a line that ends with
 * `suffix`. Objects are always expanded; arrays of primitives stay on one line when it fits,
 * as Biome formats JSON, so committed snapshots pass `biome check` unchanged.
 */
function render(value: unknown, indent: string, prefix: string, suffix: string): string {
  if (isPrimitive(value)) return `${prefix}${JSON.stringify(value)}${suffix}`;
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return `${prefix}[]${suffix}`;
    if (value.every(isPrimitive)) {
      const line = `${prefix}[${value.map((item) => JSON.stringify(item)).join(', ')}]${suffix}`;
      if (line.length <= LINE_WIDTH) return line;
    }
    const items = value.map((item, i) =>
      render(item, inner, inner, i < value.length - 1 ? ',' : ''),
    );
    return `${prefix}[\n${items.join('\n')}\n${indent}]${suffix}`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return `${prefix}{}${suffix}`;
  const lines = entries.map(([key, child], i) =>
    render(child, inner, `${inner}${JSON.stringify(key)}: `, i < entries.length - 1 ? ',' : ''),
  );
  return `${prefix}{\n${lines.join('\n')}\n${indent}}${suffix}`;
}

export const stableJson = (value: unknown) => `${render(sortKeysDeep(value), '', '', '')}\n`;
