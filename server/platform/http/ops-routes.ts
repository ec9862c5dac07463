import type { FastifyInstance } from 'fastify';
import type { Database } from '../../db/client';
import type { JobQueue } from '../jobs/job-queue';
import type { Metrics } from './metrics';

/** Process health, readiness (database and job queue) and Prometheus metrics. */
export function registerOpsRoutes(app: FastifyInstance, deps: { database: Database; jobs: JobQueue | null; metrics: Metrics }): void {
  const hide = { hide: true };
  app.get('/healthz', { config: { policy: { public: true } }, schema: hide }, async () => ({ status: 'ok' }));

  app.get('/readyz', { config: { policy: { public: true } }, schema: hide }, async (request, reply) => {
    const checks: Record<string, 'ok' | 'failing'> = { database: 'failing', jobs: 'failing' };
    try {
      await deps.database.executeSql('SELECT 1');
      checks.database = 'ok';
      checks.jobs = deps.jobs && (await deps.jobs.isHealthy()) ? 'ok' : 'failing';
    } catch (error) {
      request.log.warn({ err: error }, 'readiness check failed');
    }
    const isReady = Object.values(checks).every((v) => v === 'ok');
    return reply.status(isReady ? 200 : 503).send({ status: isReady ? 'ready' : 'not_ready', checks });
  });

  app.get('/metrics', { config: { policy: { public: true } }, schema: hide }, async (_request, reply) => {
    if (deps.jobs) deps.metrics.setQueueDepth(await deps.jobs.depth());
    return reply.type(deps.metrics.registry.contentType).send(await deps.metrics.registry.metrics());
  });
}
