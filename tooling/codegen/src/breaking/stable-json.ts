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

export const stableJson = (value: unknown) => `${JSON.stringify(sortKeysDeep(value), null, 2)}\n`;
