import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdCheckChar } from '../../platform/ids/resident-id';
import { createTestApp, Session, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** A random valid resident ID (born 1950–1999, day ≤ 28 so every date is real). */
function randomIdNumber(region = '339902'): string {
  const first17 = `${region}${1950 + randomInt(50)}${pad(1 + randomInt(12), 2)}${pad(1 + randomInt(28), 2)}${pad(randomInt(1000), 3)}`;
  return `${first17}${residentIdCheckChar(first17)}`;
}

/** A random mobile outside the demo range (139…). */
function randomMobile(): string {
  return `15${pad(randomInt(1_000_000_000), 9)}`;
}

function validCitizen() {
  return { name: '测试居民', idNumber: randomIdNumber(), mobile: randomMobile(), password: 'Passw0rd-test', regionCode: '339902001001', address: '明湖市湖东区测试路8号' };
}

async function count(table: 'users' | 'audit_records' | 'outbox_events'): Promise<number> {
  const { rows } = await t.database.executeSql(`SELECT count(*)::int AS n FROM ${table}`);
  return Number(rows[0]?.n);
}

interface ErrorEnvelope {
  error: { code: string; message: string; details?: { field: string; rule: string; message: string }[]; requestId: string };
}

const register = (body: unknown, headers: Record<string, string> = {}) => t.app.inject({ method: 'POST', url: '/api/v1/citizens', payload: body as object, headers });

describe('citizen registration', () => {
  it('registers a citizen who can then sign in with the mobile number and sees only masked values', async () => {
    const input = validCitizen();
    const created = await register(input);
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: string }>();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    const session = new Session(t.app);
    const login = await session.request('POST', '/api/v1/auth/login', { identifier: input.mobile, password: input.password });
    expect(login.statusCode).toBe(200);
    expect(login.json()).toEqual({ status: 'signed_in' });

    const me = await session.request('GET', '/api/v1/me');
    expect(me.statusCode).toBe(200);
    const body = me.json<{ id: string; kind: string; roles: string[]; profile: Record<string, string> }>();
    expect(body).toMatchObject({ id, kind: 'citizen', roles: [] });
    expect(body.profile).toMatchObject({
      idNumber: `${input.idNumber.slice(0, 6)}********${input.idNumber.slice(-4)}`,
      mobile: `${input.mobile.slice(0, 3)}****${input.mobile.slice(-4)}`,
      address: '明湖市湖东******',
      regionCode: '339902001001',
      regionName: '东湖春晖社区',
    });
    for (const secret of [input.idNumber, input.mobile, input.address]) expect(me.body).not.toContain(secret);
  });

  it('shows the masked format of the issue example, 339902********1019 and 139****0001', async () => {
    const session = new Session(t.app);
    await session.request('POST', '/api/v1/auth/login', { identifier: '13900000001', password: 'Yiwang@2026' });
    const me = await session.request('GET', '/api/v1/me');
    expect(me.json<{ profile: Record<string, string> }>().profile).toMatchObject({ idNumber: '339902********1019', mobile: '139****0001' });
  });

  it('reports every invalid field with its rule at once and writes nothing', async () => {
    const before = await Promise.all([count('users'), count('audit_records'), count('outbox_events')]);
    const good = randomIdNumber();
    const badChecksum = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`;
    const res = await register({ name: '  ', idNumber: badChecksum, mobile: '12345678901', password: 'short', regionCode: '999999999999', address: 'x' });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<ErrorEnvelope>();
    expect(error.code).toBe('validation.failed');
    expect(error.requestId).toBe(res.headers['x-request-id']);
    expect(error.details?.map(({ field, rule }) => ({ field, rule }))).toEqual(
      expect.arrayContaining([
        { field: 'name', rule: 'not_blank' },
        { field: 'idNumber', rule: 'checksum' },
        { field: 'mobile', rule: 'mobile_format' },
        { field: 'password', rule: 'min_length' },
        { field: 'regionCode', rule: 'region_unknown' },
      ]),
    );
    expect(error.details).toHaveLength(5);
    expect(error.details?.every((d) => d.message.length > 0)).toBe(true);
    expect(await Promise.all([count('users'), count('audit_records'), count('outbox_events')])).toEqual(before);
  });

  it('refuses an impossible birth date, a password without digits and a region that is not a community', async () => {
    const first17 = `33990219900230${pad(randomInt(1000), 3)}`; // 30 February
    const res = await register({ ...validCitizen(), idNumber: `${first17}${residentIdCheckChar(first17)}`, password: 'onlyletters', regionCode: '339902' });
    expect(res.statusCode).toBe(400);
    expect(res.json<ErrorEnvelope>().error.details?.map(({ field, rule }) => `${field}:${rule}`).sort()).toEqual(['idNumber:birth_date', 'password:letters_and_digits', 'regionCode:region_level']);
  });

  it('names every missing field and every wrong type at once', async () => {
    const before = await count('users');
    const res = await register({ name: 123, mobile: 13900000000 });
    expect(res.statusCode).toBe(400);
    const { error } = res.json<ErrorEnvelope>();
    expect(error.code).toBe('validation.failed');
    expect(error.details?.map(({ field, rule }) => `${field}:${rule}`).sort()).toEqual(['idNumber:required', 'mobile:type', 'name:type', 'password:required']);
    expect(await count('users')).toBe(before);
  });

  it('gives field messages in English when asked, Chinese by default', async () => {
    const body = { ...validCitizen(), mobile: '123' };
    const zh = (await register(body)).json<ErrorEnvelope>().error;
    const en = (await register(body, { 'accept-language': 'en-GB,en;q=0.9' })).json<ErrorEnvelope>().error;
    expect(zh.message).toBe('提交的信息有误，请按提示修改');
    expect(zh.details?.[0]?.message).toBe('应为 11 位手机号码，以 1 开头');
    expect(en.message).toBe('Some of the information is not valid; please correct it');
    expect(en.details?.[0]?.message).toBe('Must be an 11-digit mobile number starting with 1');
  });

  it('refuses a second registration of the same ID number (any case of x) or mobile with 409', async () => {
    let first17 = randomIdNumber().slice(0, 17);
    while (residentIdCheckChar(first17) !== 'X') first17 = randomIdNumber().slice(0, 17);
    const input = { ...validCitizen(), idNumber: `${first17}x` };
    expect((await register(input)).statusCode).toBe(201);
    const before = await count('users');

    const sameId = await register({ ...validCitizen(), idNumber: `${first17}X` });
    expect(sameId.statusCode).toBe(409);
    expect(sameId.json<ErrorEnvelope>().error.code).toBe('identity.already_registered');
    const sameMobile = await register({ ...validCitizen(), mobile: input.mobile });
    expect(sameMobile.statusCode).toBe(409);
    expect(sameMobile.json<ErrorEnvelope>().error.code).toBe('identity.already_registered');
    const demoId = await register({ ...validCitizen(), idNumber: '339902198503121019' });
    expect(demoId.statusCode).toBe(409);
    expect(await count('users')).toBe(before);
  });
});
