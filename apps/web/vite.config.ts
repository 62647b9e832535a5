import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Sent as x-app-version (src/api/update-required.ts): the API retires builds below its minimum.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// The browser only ever talks to its own origin: `/api` (REST) and `/trpc` are forwarded to the
// API, so there is no CORS setup to get wrong and the same build works behind any reverse proxy.
const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? '3000'}`;
const proxy = { '/api': apiTarget, '/trpc': apiTarget };

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  server: { proxy },
  preview: { proxy },
});
