import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { registerAjvFormats, TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import type { Config } from './config';
import type { Database } from './db/client';
import type { Services } from './platform/context';
import { registerErrorHandler } from './platform/http/error-handler';
import { registerGuard } from './platform/http/guard';
import { registerMetrics } from './platform/http/metrics';
import { registerOpsRoutes } from './platform/http/ops-routes';
import { registerWebRoutes } from './platform/http/web-routes';
import type { JobQueue } from './platform/jobs/job-queue';
import { loggerOptions } from './platform/logging';
import { auditRoutes } from './modules/audit/routes';
import { calendarRoutes } from './platform/calendar/routes';
import { catalogAdminRoutes } from './modules/catalog/admin-routes';
import { catalogPublicRoutes } from './modules/catalog/public-routes';
import { authRoutes } from './modules/identity/auth-routes';
import { orgRoutes } from './modules/identity/org-routes';
import { peopleRoutes } from './modules/identity/people-routes';
import { jwksRoutes, licenceRoutes } from './modules/licences/routes';
import { resolveSession } from './modules/identity/resolve-session';
import { sessionToken } from './modules/identity/session-cookies';
import { notificationRoutes } from './modules/notifications/routes';
import { applicantRoutes } from './modules/applications/applicant-routes';
import { caseRoutes } from './modules/applications/case-routes';
import { catalogueRoutes as exchangeCatalogueRoutes } from './modules/exchange/catalogue/routes';
import { gatewayRoutes } from './modules/exchange/gateway/routes';
import { sharingRoutes } from './modules/exchange/sharing/routes';
import { usageRoutes } from './modules/exchange/usage/routes';
import { classificationRoutes } from './modules/governance/classification/routes';
import { incidentRoutes } from './modules/governance/incidents/routes';
import { open311Routes } from './modules/governance/open311/routes';
import { oversightRoutes } from './modules/governance/oversight/routes';
import { placesRoutes } from './modules/governance/places/routes';
import { sensorRoutes } from './modules/governance/sensors/routes';

export interface AppDeps {
  config: Config;
  database: Database;
  services: Services;
  jobs: JobQueue | null;
}

registerAjvFormats();

/** The whole HTTP application; main.ts listens with it, tests call `inject()` on it. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config } = deps;
  const app = Fastify({
    logger: loggerOptions(config.logLevel),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: process.env.TRUST_PROXY === 'true',
    bodyLimit: 1_048_576,
    ajv: { customOptions: { allErrors: true } },
  });
  app.setValidatorCompiler(TypeBoxValidatorCompiler);
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  registerErrorHandler(app);
  const metrics = registerMetrics(app);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Yiwang (一网) API', version: '1', description: 'One network for government services, city governance and data sharing.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'yw_sid' } } },
    },
  });
  const sessionPolicy = config.session;
  registerGuard(app, { services: deps.services, resolveActor: (request) => resolveSession(deps.services.db, sessionToken(request), sessionPolicy) });

  await app.register(
    async (api) => {
      await api.register(authRoutes, { sessionPolicy, secureCookies: config.env === 'production' });
      await api.register(peopleRoutes);
      await api.register(notificationRoutes);
      await api.register(orgRoutes);
      await api.register(licenceRoutes);
      await api.register(auditRoutes);
      await api.register(catalogPublicRoutes);
      await api.register(catalogAdminRoutes);
      await api.register(applicantRoutes, { maxUploadBytes: config.applications.maxUploadBytes });
      await api.register(caseRoutes);
      await api.register(calendarRoutes);
      await api.register(exchangeCatalogueRoutes);
      await api.register(sharingRoutes);
      await api.register(gatewayRoutes);
      await api.register(usageRoutes);
      await api.register(placesRoutes);
      await api.register(classificationRoutes);
      await api.register(incidentRoutes);
      await api.register(sensorRoutes);
      await api.register(oversightRoutes);
    },
    { prefix: '/api/v1' },
  );
  app.get('/api/openapi.json', { config: { policy: { public: true } }, schema: { hide: true } }, async () => app.swagger());
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  await app.register(jwksRoutes);
  await app.register(open311Routes, { prefix: '/open311/v2' });
  registerOpsRoutes(app, { database: deps.database, jobs: deps.jobs, metrics });
  await registerWebRoutes(app, config.webDir);
  return app;
}
