import type { Plugin } from 'esbuild';

export function nodeOnlyPgStream(source: string, path?: string): string;
export const nodeOnlyPg: Plugin;
