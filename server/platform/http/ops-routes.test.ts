import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses?: Record<string, unknown>; tags?: string[] }>>;
  components?: { securitySchemes?: Record<string, unknown> };
}

/** Every `$ref` in the document, to check that each one points at something that exists. */
function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refsOf(v, out);
    }
  }
  return out;
}

describe('operations endpoints', () => {
  it('/healthz answers 200', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz reports the database up and the job queue down while no worker was started', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'not_ready', checks: { database: 'ok', jobs: 'failing' } });
  });

  it('/metrics counts requests by route pattern, never by raw URL', async () => {
    await t.app.inject({ method: 'GET', url: '/api/v1/regions?root=339902' });
    await t.app.inject({ method: 'GET', url: '/api/v1/people/0f0e0d0c-0b0a-4000-8000-000000000001' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
    expect(res.body).toMatch(/^yiwang_http_requests_total\{route="\/api\/v1\/regions",method="GET",status="200"\} [1-9]/m);
    expect(res.body).toMatch(/^yiwang_http_requests_total\{route="\/api\/v1\/people\/:id",method="GET",status="401"\} 1$/m);
    expect(res.body).not.toContain('0f0e0d0c-0b0a-4000-8000-000000000001');
    expect(res.body).toContain('yiwang_http_request_duration_seconds_bucket');
  });

  it('/api/openapi.json is an OpenAPI 3 document listing the API', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<OpenApiDoc>();
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    expect(doc.info.title).toContain('Yiwang');
    expect(doc.info.version).toBe('1');
    expect(doc.paths['/api/v1/citizens']?.post).toBeDefined();
    expect(Object.keys(doc.paths['/api/v1/citizens']!.post!.responses ?? {})).toEqual(expect.arrayContaining(['201', '400', '409']));
    expect(doc.paths['/api/v1/auth/login']?.post).toBeDefined();
    expect(doc.paths['/api/v1/people/{id}/unmask']?.post).toBeDefined();
    expect(doc.components?.securitySchemes?.session).toEqual({ type: 'apiKey', in: 'cookie', name: 'yw_sid' });
    // Ops and hidden routes stay out of the public contract.
    expect(Object.keys(doc.paths).some((p) => ['/healthz', '/metrics', '/readyz', '/api/openapi.json'].includes(p))).toBe(false);
    for (const [path, operations] of Object.entries(doc.paths)) {
      expect(path.startsWith('/'), path).toBe(true);
      for (const [method, operation] of Object.entries(operations)) {
        expect(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'parameters'], `${method} ${path}`).toContain(method);
        if (method !== 'parameters') expect(Object.keys(operation.responses ?? {}).length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
    for (const ref of refsOf(doc)) {
      expect(ref.startsWith('#/'), ref).toBe(true);
      const target = ref.slice(2).split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
  });
});
