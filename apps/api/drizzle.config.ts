import { defineConfig } from 'drizzle-kit';

// `pnpm --filter @acme/api db:generate` writes a new migration after a change to the schema.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './src/db/migrations',
});
