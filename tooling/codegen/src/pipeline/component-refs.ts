/** How the contract's schemas refer to one another: `#/components/schemas/<name>`. */
export const COMPONENT_REF_PREFIX = '#/components/schemas/';

/** Component names a schema refers to, wherever the reference sits ($ref, discriminator mapping). */
export function referencedComponents(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (value.startsWith(COMPONENT_REF_PREFIX)) into.add(value.slice(COMPONENT_REF_PREFIX.length));
  } else if (Array.isArray(value)) {
    for (const item of value) referencedComponents(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) referencedComponents(item, into);
  }
  return into;
}
