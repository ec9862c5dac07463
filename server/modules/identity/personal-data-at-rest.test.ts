import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../platform/ids/credit-code';
import { residentIdCheckChar } from '../../platform/ids/resident-id';
import { demoCitizens, demoEnterprises } from '../../seed/demo-accounts';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

describe('personal data at rest', () => {
  it('a dump of every table holds no ID number, mobile, address or credit code in clear', async () => {
    const first17 = `339902${1960 + randomInt(40)}0615${digits(3)}`;
    const citizen = { name: '落盘测试', idNumber: `${first17}${residentIdCheckChar(first17)}`, mobile: `16${digits(9)}`, password: 'Passw0rd-dump', regionCode: '339902002001', address: '明湖市湖东区望江路秘密小区7幢' };
    const code17 = `92339902${digits(9)}`;
    const enterprise = { name: '落盘测试商店', creditCode: `${code17}${creditCodeCheckChar(code17)}`, legalRepresentative: '落盘', mobile: `17${digits(9)}`, password: 'Passw0rd-dump', regionCode: '339902002001' };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/citizens', payload: citizen })).statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/enterprises', payload: enterprise })).statusCode).toBe(201);

    // Activity that writes sessions, throttles and audit records about these people.
    await signIn(t.app, citizen.mobile, { password: citizen.password });
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { identifier: enterprise.creditCode, password: 'Wrong-passw0rd' } });
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { identifier: demoCitizens[0]!.mobile, password: 'Wrong-passw0rd' } });
    const clerk = await signIn(t.app, 'clerk.hudong');
    const people = (await clerk.request('GET', '/api/v1/people?limit=200')).json<{ items: { id: string; name: string }[] }>().items;
    const person = people.find((p) => p.name === citizen.name)!;
    const unmasked = await clerk.request('POST', `/api/v1/people/${person.id}/unmask`, { field: 'idNumber', purpose: '核验' });
    expect(unmasked.json<{ value: string }>().value).toBe(citizen.idNumber);

    const secrets = [
      citizen.idNumber,
      citizen.idNumber.slice(0, 17),
      citizen.mobile,
      citizen.address,
      '望江路秘密小区',
      enterprise.creditCode,
      enterprise.mobile,
      ...demoCitizens.flatMap((c) => [c.idNumber, c.mobile, c.address]),
      ...demoEnterprises.flatMap((e) => [e.creditCode, e.mobile]),
    ];
    const { rows: tables } = await t.database.executeSql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
    const names = tables.map((r) => String(r.table_name));
    expect(names).toEqual(expect.arrayContaining(['users', 'audit_records', 'outbox_events', 'sessions', 'login_throttles']));

    const dump: string[] = [];
    for (const table of names) {
      const { rows } = await t.database.executeSql(`SELECT t::text AS row FROM "${table}" t`);
      for (const { row } of rows) {
        const text = String(row);
        dump.push(text);
        for (const secret of secrets) expect(text.includes(secret), `${table} holds ${secret} in clear`).toBe(false);
      }
    }
    // The dump really holds the rows: names (not secret) and the unmask purpose are there in clear.
    expect(dump.length).toBeGreaterThan(100);
    expect(dump.some((row) => row.includes(citizen.name))).toBe(true);
    expect(dump.some((row) => row.includes('pii.unmask'))).toBe(true);
    // The registration did write the rows we looked at.
    const { rows: outbox } = await t.database.executeSql("SELECT count(*)::int AS n FROM outbox_events WHERE topic = 'identity.user_registered'");
    expect(outbox[0]?.n).toBe(2);
  });
});
