/**
 * Source text of a synthetic contract with `count` models of mixed shapes: plain objects with
 * every scalar kind, optional/nullable/defaulted fields, arrays, records, enums, references to
 * earlier models, and discriminated unions. Routes make every model reachable.
 */
export function syntheticContractSource(count: number): string {
  const lines = [
    "import { z } from 'zod';",
    "import type { RouteDefinition } from './routes.js';",
    '',
  ];
  const objects: string[] = [];
  const pad = (i: number) => String(i).padStart(4, '0');
  for (let i = 0; i < count; i++) {
    const name = `M${pad(i)}`;
    if (i % 10 === 3) {
      lines.push(
        `export const ${name} = z.enum(['alpha', 'beta', 'gamma_${i}', 'delta']).meta({ id: '${name}' });`,
      );
      continue;
    }
    if (i % 10 === 7) {
      // A tagged union of two registered variants.
      lines.push(
        `export const ${name}A = z.object({ kind: z.literal('a'), label: z.string().max(50), size: z.number().int().min(0).max(100) }).meta({ id: '${name}A' });`,
        `export const ${name}B = z.object({ kind: z.literal('b'), url: z.url().max(2048), note: z.string().max(200).optional() }).meta({ id: '${name}B' });`,
        `export const ${name} = z.discriminatedUnion('kind', [${name}A, ${name}B]).meta({ id: '${name}' });`,
      );
      continue;
    }
    const fields = [
      'id: z.uuid()',
      `name: z.string().min(1).max(${100 + i})`,
      'count: z.number().int().min(0).max(1000)',
      'ratio: z.number().min(0).max(1)',
      'active: z.boolean().default(true)',
      'createdAt: z.iso.datetime()',
      'note: z.string().max(500).optional()',
      'ownerId: z.uuid().nullable()',
      'tags: z.array(z.string().max(40)).max(20).default([])',
    ];
    if (i % 3 === 0) fields.push('labels: z.record(z.string().max(40), z.string().max(200))');
    const previous = i - 1;
    if (previous >= 0) {
      const ref = `M${pad(previous)}`;
      fields.push(i % 2 === 0 ? `previous: ${ref}.optional()` : `related: z.array(${ref}).max(10)`);
    }
    lines.push(
      `export const ${name} = z.object({ ${fields.join(', ')} }).meta({ id: '${name}' });`,
    );
    objects.push(name);
  }
  lines.push('', 'export const syntheticRoutes = {');
  for (const name of objects) {
    lines.push(
      `  get${name}: { method: 'GET', path: '/${name.toLowerCase()}/{id}', summary: 'Get one ${name}', tag: 'bench', access: 'public', params: z.object({ id: z.uuid() }), response: ${name}, successStatus: 200, errors: ['NOT_FOUND'] },`,
    );
  }
  lines.push('} as const satisfies Record<string, RouteDefinition>;', '');
  return lines.join('\n');
}

/** The contract entry of the benchmark repo: the real contract with the synthetic routes. */
export const benchIndexSource = `export * from './index.js';
import { syntheticRoutes } from './synthetic.js';
// A local export takes precedence over the star re-export of the real route table.
export const routes = syntheticRoutes;
`;
