import { existsSync } from 'node:fs';
import { join, normalize } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { sendNotFound } from './error-handler';

const API_PREFIXES = ['/api/', '/open311/'];

/**
 * Serves the built web apps: files from dist/web, and each app's index.html for its client routes
 * (/console/* → the staff console, anything else → the citizen portal). Unknown API paths get the JSON 404.
 */
export async function registerWebRoutes(app: FastifyInstance, webDir: string): Promise<void> {
  await app.register(fastifyStatic, { root: webDir, serve: false });
  const hasBuild = existsSync(join(webDir, 'index.html'));
  app.get('/*', { config: { policy: { public: true } }, schema: { hide: true } }, async (request, reply) => {
    const path = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (API_PREFIXES.some((p) => path.startsWith(p))) return sendNotFound(request, reply);
    if (!hasBuild) return reply.status(503).type('text/plain; charset=utf-8').send('The web apps are not built yet: run `npm run build`.');
    const relative = normalize(path).replace(/^(\.\.[/\\])+/, '').replace(/^\/+/, '');
    if (relative && existsSync(join(webDir, relative)) && !relative.endsWith('/')) {
      const isHashed = relative.startsWith('assets/');
      return reply.sendFile(relative, { maxAge: isHashed ? 31_536_000_000 : 0, immutable: isHashed });
    }
    if (/\.[a-z0-9]+$/i.test(relative)) return sendNotFound(request, reply);
    return reply.sendFile(path === '/console' || path.startsWith('/console/') ? 'console/index.html' : 'index.html', { maxAge: 0 });
  });
}
