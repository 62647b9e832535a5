import type { Plugin } from 'esbuild';

export function englishOnlyZodLocales(source: string, path?: string): string;
export const englishOnlyZod: Plugin;
