import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  setQueueDepth(depths: Record<string, number>): void;
}

/** Prometheus metrics: requests and latency by route, job queue depth, and the process defaults. */
export function registerMetrics(app: FastifyInstance): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'yiwang_http_requests_total', help: 'HTTP requests by route, method and status', labelNames: ['route', 'method', 'status'], registers: [registry] });
  const latency = new Histogram({
    name: 'yiwang_http_request_duration_seconds',
    help: 'HTTP request latency by route and method',
    labelNames: ['route', 'method'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const queueDepth = new Gauge({ name: 'yiwang_job_queue_depth', help: 'Jobs waiting per queue', labelNames: ['queue'], registers: [registry] });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, never the raw URL: ids must not explode the label set.
    const route = request.routeOptions.url ?? 'unmatched';
    requests.inc({ route, method: request.method, status: String(reply.statusCode) });
    latency.observe({ route, method: request.method }, reply.elapsedTime / 1000);
  });

  return {
    registry,
    setQueueDepth(depths) {
      for (const [queue, depth] of Object.entries(depths)) queueDepth.set({ queue }, depth);
    },
  };
}
