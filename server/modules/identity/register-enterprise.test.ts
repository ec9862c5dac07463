import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../platform/ids/credit-code';
import { createTestApp, Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function randomCreditCode(): string {
  const first17 = `91339902${Array.from({ length: 9 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')}`;
  return `${first17}${creditCodeCheckChar(first17)}`;
}

function validEnterprise() {
  return { name: '明湖测试科技有限公司', creditCode: randomCreditCode(), legalRepresentative: '测试人', mobile: `18${String(randomInt(1e9)).padStart(9, '0')}`, password: 'Passw0rd-test', regionCode: '339902001001' };
}

interface ErrorEnvelope {
  error: { code: string; details?: { field: string; rule: string }[] };
}

const register = (body: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/enterprises', payload: body as object });

describe('enterprise registration', () => {
  it('registers an enterprise that signs in with its credit code in any case and sees it masked', async () => {
    const input = validEnterprise();
    expect((await register(input)).statusCode).toBe(201);
    const session = new Session(t.app);
    const login = await session.request('POST', '/api/v1/auth/login', { identifier: input.creditCode.toLowerCase(), password: input.password });
    expect(login.json()).toEqual({ status: 'signed_in' });
    const me = await session.request('GET', '/api/v1/me');
    expect(me.json<{ kind: string; profile: Record<string, string> }>()).toMatchObject({
      kind: 'enterprise',
      profile: { creditCode: `${input.creditCode.slice(0, 8)}******${input.creditCode.slice(-4)}`, legalRepresentative: '测试人' },
    });
    expect(me.body).not.toContain(input.creditCode);
  });

  it('names creditCode when its check character is wrong', async () => {
    const input = validEnterprise();
    const wrong = `${input.creditCode.slice(0, 17)}${input.creditCode[17] === '0' ? '1' : '0'}`;
    const res = await register({ ...input, creditCode: wrong });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<ErrorEnvelope>();
    expect(error.code).toBe('validation.failed');
    expect(error.details).toEqual([expect.objectContaining({ field: 'creditCode', rule: 'checksum' })]);
  });

  it('names creditCode when it holds a forbidden letter, together with the other bad fields', async () => {
    const res = await register({ ...validEnterprise(), creditCode: '91350100M000100O43', legalRepresentative: ' ', mobile: '0000' });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorEnvelope>().error.details?.map((d) => `${d.field}:${d.rule}`).sort()).toEqual(['creditCode:credit_code_format', 'legalRepresentative:not_blank', 'mobile:mobile_format']);
  });

  it('refuses a credit code that is already registered', async () => {
    const res = await register({ ...validEnterprise(), creditCode: '91339902MA2A1B3C49' });
    expect(res.statusCode).toBe(409);
    expect(res.json<ErrorEnvelope>().error.code).toBe('identity.already_registered');
  });
});
