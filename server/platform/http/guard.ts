import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor';
import { decide, type Policy } from '../access/policy';
import { appendAudit } from '../audit/append-audit';
import type { Services, UseCaseContext } from '../context';
import { AppError } from '../errors/app-error';
import { langFromHeader, type Lang } from './language';

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

/** Turns a request's credentials (session cookie, later API keys) into an actor; null when there are none. */
export type ActorResolver = (request: FastifyRequest) => Promise<ResolvedSession | null>;

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: Policy;
  }
  interface FastifyRequest {
    actor: Actor | null;
    lang: Lang;
    /** The context a use case receives: database, actor, request id, client address, language. */
    useCaseContext(): UseCaseContext;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
// Routes that plugins register (API docs UI): infrastructure with no data.
const PLUGIN_PREFIXES = ['/api/docs'];

/**
 * Deny by default: a route without a policy makes the app fail to start. On each request the actor is resolved,
 * the CSRF token checked for unsafe methods, and the route's policy decided; a refusal is audited.
 */
export function registerGuard(app: FastifyInstance, deps: { services: Services; resolveActor: ActorResolver }): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('lang', 'zh');
  app.decorateRequest('useCaseContext', function (this: FastifyRequest): UseCaseContext {
    return { ...deps.services, actor: this.actor, requestId: this.id, ip: this.ip, lang: this.lang };
  });

  app.addHook('onRoute', (route) => {
    if (PLUGIN_PREFIXES.some((p) => route.url.startsWith(p))) return;
    if (!route.config?.policy) throw new Error(`Route ${String(route.method)} ${route.url} declares no access policy; every route needs one.`);
  });

  app.addHook('onRequest', async (request) => {
    request.lang = langFromHeader(request.headers['accept-language']);
    const policy = request.routeOptions.config.policy;
    if (!policy) return; // plugin routes (docs UI)
    // Public reads (web assets, regions, health) need no actor: skip the session lookup entirely.
    if ('public' in policy && !UNSAFE.has(request.method)) return;
    const session = await deps.resolveActor(request);
    request.actor = session?.actor ?? null;
    if (session && UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new AppError('auth.csrf_failed');
    }
    const decision = decide(policy, request.actor);
    if (decision === 'allow') return;
    if (decision === 'unauthenticated') throw new AppError('auth.unauthenticated');
    if (decision === 'second_factor') throw new AppError('auth.second_factor_required');
    await deps.services.db.transaction(async (tx) => {
      await appendAudit(tx, request.useCaseContext(), {
        action: 'access.denied',
        objectType: 'route',
        objectId: `${request.method} ${request.routeOptions.url ?? request.url}`,
        result: 'failure',
      });
    });
    throw new AppError('auth.forbidden');
  });
}
