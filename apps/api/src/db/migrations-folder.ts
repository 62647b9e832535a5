import { fileURLToPath } from 'node:url';

// Resolved next to this module: src/db/migrations in development, dist/migrations in the
// bundle (scripts/build.mjs copies the folder there).
export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
