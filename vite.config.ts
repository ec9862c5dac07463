// Two front ends, one build: the portal (web/index.html, served at /) and the console (web/console/index.html,
// served at /console). The server serves dist/web and falls back to the right index.html for client routes.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('./web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));
const apiTarget = process.env.YIWANG_API_URL ?? 'http://127.0.0.1:3000';

/** In `vite dev`, client routes of the console (/console/people) get the console's index.html, as in production. */
function consoleHistoryFallback(): Plugin {
  return {
    name: 'yiwang-console-history-fallback',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        const url = request.url ?? '';
        const isConsoleRoute = /^\/console(\/[^.]*)?(\?.*)?$/.test(url);
        if (isConsoleRoute) request.url = '/console/index.html';
        next();
      });
    },
  };
}

export default defineConfig({
  root,
  plugins: [react(), consoleHistoryFallback()],
  appType: 'spa',
  server: {
    port: 5173,
    proxy: { '/api': apiTarget, '/healthz': apiTarget, '/readyz': apiTarget },
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      input: {
        portal: fileURLToPath(new URL('./web/index.html', import.meta.url)),
        console: fileURLToPath(new URL('./web/console/index.html', import.meta.url)),
      },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 },
            // Libraries both apps use (antd core, i18n); what only the console uses stays in the console's chunk.
            { name: 'vendor', test: /node_modules[\\/]/, minShareCount: 2, priority: 2 },
            // Our own web/shared code, after the vendor group so it does not pull libraries in with it.
            { name: 'app-shared', test: /[\\/]web[\\/]shared[\\/]/, minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
});
