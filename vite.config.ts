import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { fileURLToPath, URL } from 'node:url';

// The web console (docs/console.md). Built into dist/web/ and served by the API server at `/`
// (src/http/console-static.ts); `npm run build:web` builds it, `npx vite` serves it with hot reload and forwards
// /api to a running `npm start`.
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  build: {
    // HOTLINE_CONSOLE_DIR builds elsewhere (an absolute path), so that two checkouts' browser tests never share
    // one build; the server reads the same variable (src/http/console-static.ts).
    outDir: process.env.HOTLINE_CONSOLE_DIR ?? '../dist/web',
    emptyOutDir: true,
    // scripts/web-budget.mjs reads which chunks each screen loads from here.
    manifest: true,
    // Screens are split by routes.tsx; a warning at 500 kB would only repeat what bench:web reports.
    chunkSizeWarningLimit: 1500,
    target: 'es2022',
    // Two pages: the console (index.html) and the citizens' portal (portal.html, served at /portal), which shares
    // no chunk with the console's shell so that it stays light on a phone (docs/portal.md).
    rolldownOptions: {
      input: {
        console: fileURLToPath(new URL('./web/index.html', import.meta.url)),
        portal: fileURLToPath(new URL('./web/portal.html', import.meta.url)),
      },
    },
  },
  server: {
    port: 5173,
    // The console imports the API's contracts from ../src/contracts.
    fs: { allow: ['..'] },
    proxy: { '/api': 'http://127.0.0.1:3000', '/docs': 'http://127.0.0.1:3000' },
  },
});
