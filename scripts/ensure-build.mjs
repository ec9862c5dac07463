// `npm start` builds the web apps on the first run (or when the build is missing); later starts skip it.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('dist/web/index.html') || !existsSync('dist/web/console/index.html')) {
  console.log('Building the web apps (first start only)…');
  const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
