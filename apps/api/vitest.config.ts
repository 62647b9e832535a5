import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Each file starts its own embedded PostgreSQL (WASM), which takes seconds on a busy machine.
    hookTimeout: 120_000,
    testTimeout: 30_000,
    // Two cores on CI: more workers only make every PGlite start slower.
    maxWorkers: 2,
  },
});
