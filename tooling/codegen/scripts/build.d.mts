// Types of build.mjs for the TypeScript that imports it (its tests).
export const INLINED_PACKAGES: readonly string[];
export function installedPackagesFile(from?: string): string | undefined;
export function sourceHash(options?: { installed?: string }): string;
export function build(): Promise<void>;
export function ensureBuilt(): Promise<string>;
