import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { loggerOptions, REDACT_PATHS } from './logging';

const ID = '339902198503121019';
const MOBILE = '13900000001';
const PASSWORD = 'Yiwang@2026';

/** A Fastify instance with the platform's logger options, writing every line into `raw`. */
function capture(extra: Record<string, unknown> = {}): { app: FastifyInstance; lines: () => Record<string, unknown>[]; raw: string[] } {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(chunk.toString());
      done();
    },
  });
  const app = Fastify({ logger: { ...loggerOptions('info'), stream, ...extra } });
  return { app, raw, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

let open: FastifyInstance | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

describe('log redaction', () => {
  it('lists the secrets and personal data it hides', () => {
    for (const path of ['req.headers.cookie', '*.password', '*.idNumber', '*.mobile', '*.address', '*.token', 'body.code']) expect(REDACT_PATHS).toContain(path);
  });

  it('hides personal data and passwords in a logged request body', async () => {
    const { app, lines } = capture();
    open = app;
    app.post('/register', async (request) => {
      request.log.info({ body: request.body }, 'registration received');
      return { ok: true };
    });
    await app.inject({ method: 'POST', url: '/register', payload: { name: '张明', idNumber: ID, mobile: MOBILE, password: PASSWORD, address: '明湖市演示路1号' } });
    const line = lines().find((l) => l.msg === 'registration received');
    expect(line?.body).toEqual({ name: '张明', idNumber: '[redacted]', mobile: '[redacted]', password: '[redacted]', address: '[redacted]' });
  });

  it('hides the same fields when they are logged at the top level of the object', () => {
    const { app, raw, lines } = capture();
    open = app;
    app.log.info({ idNumber: ID, mobile: MOBILE, password: PASSWORD, userId: 'u-1' }, 'flat object');
    expect(lines().find((l) => l.msg === 'flat object')).toMatchObject({ idNumber: '[redacted]', mobile: '[redacted]', password: '[redacted]', userId: 'u-1' });
    for (const secret of [ID, MOBILE, PASSWORD]) expect(raw.join('')).not.toContain(secret);
  });

  it('hides cookies and the CSRF token when request headers are logged', async () => {
    const { app, raw, lines } = capture({ serializers: { req: (req: { method: string; url: string; headers: unknown }) => ({ method: req.method, url: req.url, headers: req.headers }) } });
    open = app;
    app.get('/me', async () => ({ ok: true }));
    await app.inject({ method: 'GET', url: '/me', headers: { cookie: 'yw_sid=secret-session-token', 'x-csrf-token': 'secret-csrf', 'user-agent': 'test-agent' } });
    const incoming = lines().find((l) => l.msg === 'incoming request') as { req: { headers: Record<string, string> } } | undefined;
    expect(incoming?.req.headers).toMatchObject({ cookie: '[redacted]', 'x-csrf-token': '[redacted]', 'user-agent': 'test-agent' });
    expect(raw.join('')).not.toContain('secret-session-token');
    expect(raw.join('')).not.toContain('secret-csrf');
  });
});
