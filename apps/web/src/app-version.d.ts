/** Defined by vite.config.ts from package.json's version. */
declare const __APP_VERSION__: string;
