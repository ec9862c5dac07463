import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { AppError } from '../errors/app-error';
import { registerErrorHandler } from './error-handler';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

interface Envelope {
  error: { code: string; message: string; details?: unknown; requestId: string };
}

describe('the error envelope of the application', () => {
  it('answers an unknown API route with a JSON 404 envelope carrying the request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = res.json<Envelope>();
    expect(body).toEqual({ error: { code: 'request.not_found', message: '找不到该页面或接口', requestId: res.headers['x-request-id'] } });
  });

  it('answers an unknown API route with the same envelope whatever the method', async () => {
    for (const method of ['POST', 'PUT', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: '/api/v1/nope', payload: {} });
      expect(res.statusCode, method).toBe(404);
      expect(res.json<Envelope>().error, method).toMatchObject({ code: 'request.not_found', requestId: res.headers['x-request-id'] });
    }
  });

  it('answers malformed JSON with 400 request.malformed', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/citizens', headers: { 'content-type': 'application/json' }, payload: '{"name": "张三",' });
    expect(res.statusCode).toBe(400);
    expect(res.json<Envelope>().error.code).toBe('request.malformed');
  });

  it('answers an unsupported content type with 415 and an oversized body with 413', async () => {
    const xml = await t.app.inject({ method: 'POST', url: '/api/v1/citizens', headers: { 'content-type': 'application/xml' }, payload: '<citizen/>' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json<Envelope>().error.code).toBe('request.unsupported_media_type');
    const big = await t.app.inject({ method: 'POST', url: '/api/v1/citizens', payload: { name: 'x'.repeat(1_100_000) } });
    expect(big.statusCode).toBe(413);
    expect(big.json<Envelope>().error.code).toBe('request.too_large');
  });

  it('speaks English when the client prefers it, Chinese by default', async () => {
    const en = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { 'accept-language': 'en-US,en;q=0.9,zh;q=0.8' } });
    expect(en.json<Envelope>().error).toMatchObject({ code: 'auth.unauthenticated', message: 'Please sign in first' });
    const zh = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(zh.json<Envelope>().error.message).toBe('请先登录');
    const zhFirst = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { 'accept-language': 'zh-CN,en;q=0.5' } });
    expect(zhFirst.json<Envelope>().error.message).toBe('请先登录');
  });

  it('echoes a well-formed x-request-id and replaces anything else', async () => {
    const given = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { 'x-request-id': 'trace-1234abcd' } });
    expect(given.headers['x-request-id']).toBe('trace-1234abcd');
    expect(given.json<Envelope>().error.requestId).toBe('trace-1234abcd');
    const odd = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { 'x-request-id': 'bad id <script>' } });
    expect(odd.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('unexpected errors', () => {
  const app = Fastify({ logger: false });
  registerErrorHandler(app);
  app.get('/boom', async () => {
    throw new Error('connection to db-internal:5432 failed for user yiwang_owner');
  });
  app.get('/audit-failed', async () => {
    throw new AppError('audit.write_failed', { details: { table: 'audit_records' } });
  });
  app.get('/unknown-code', async () => {
    throw new AppError('nobody.knows_this');
  });
  afterAll(async () => app.close());

  it('become a 500 with only internal.error, a message and the request id', async () => {
    const res = await app.inject({ method: 'GET', url: '/boom', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(500);
    expect(Object.keys(res.json<Envelope>().error).sort()).toEqual(['code', 'message', 'requestId']);
    expect(res.json<Envelope>().error).toMatchObject({ code: 'internal.error', message: 'Internal error; please contact us quoting the request id' });
    expect(res.body).not.toContain('db-internal');
    expect(res.body).not.toContain('yiwang_owner');
  });

  it('hide the code and details of a server-side AppError, and treat an unknown code as internal', async () => {
    const audit = await app.inject({ method: 'GET', url: '/audit-failed' });
    expect(audit.statusCode).toBe(500);
    expect(audit.json<Envelope>().error.code).toBe('internal.error');
    expect(audit.json<Envelope>().error.details).toBeUndefined();
    const unknown = await app.inject({ method: 'GET', url: '/unknown-code' });
    expect(unknown.statusCode).toBe(500);
    expect(unknown.json<Envelope>().error.code).toBe('internal.error');
  });
});
