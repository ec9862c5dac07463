import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app';
import type { Config } from '../config';
import type { Database } from '../db/client';
import type { Services } from '../platform/context';
import { JobQueue } from '../platform/jobs/job-queue';
import { buildServices } from '../runtime';
import { totpCode } from '../platform/crypto/totp';
import { DEMO_PASSWORD, demoStaff } from '../seed/demo-accounts';
import { cloneTestDatabase, testConfig } from './test-database';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  services: Services;
  config: Config;
  jobs: JobQueue;
  close(): Promise<void>;
}

/** The real application on its own cloned database (jobs defined but not working unless a test starts them). */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const config = testConfig(overrides);
  const database = await cloneTestDatabase();
  const services = buildServices(config.secrets, database, config.applications.filesDir);
  const jobs = new JobQueue(database, () => {});
  const app = await buildApp({ config, database, services, jobs });
  await app.ready();
  return {
    app,
    database,
    services,
    config,
    jobs,
    async close() {
      await app.close();
      await jobs.stop();
      await database.close();
    },
  };
}

/** A signed-in browser-like client: keeps cookies and sends the CSRF header on unsafe methods. */
export class Session {
  private cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly ip = '127.0.0.1',
  ) {}

  async request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const csrf = this.cookies.get('yw_csrf');
    const response = await this.app.inject({
      method,
      url,
      remoteAddress: this.ip,
      payload: body === undefined ? undefined : (body as object),
      cookies: Object.fromEntries(this.cookies),
      headers: { ...(method !== 'GET' && csrf ? { 'x-csrf-token': csrf } : {}), ...headers },
    });
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get cookieJar(): Map<string, string> {
    return this.cookies;
  }
}

/** Signs a demo account in (password, and TOTP for staff) and returns the session. */
export async function signIn(app: FastifyInstance, identifier: string, opts: { password?: string; ip?: string } = {}): Promise<Session> {
  const session = new Session(app, opts.ip);
  const login = await session.request('POST', '/api/v1/auth/login', { identifier, password: opts.password ?? DEMO_PASSWORD });
  if (login.statusCode !== 200) throw new Error(`login ${identifier} failed: ${login.body}`);
  const status = login.json<{ status: string }>().status;
  if (status === 'totp_required') {
    const staff = demoStaff.find((s) => s.username === identifier);
    if (!staff) throw new Error(`no TOTP secret for ${identifier}`);
    const second = await session.request('POST', '/api/v1/auth/totp', { code: totpCode(staff.totpSecret) });
    if (second.statusCode !== 200) throw new Error(`TOTP for ${identifier} failed: ${second.body}`);
  }
  return session;
}
