import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { publish, residentId, resourceBody } from './catalogue-fixtures';

let t: TestApp;
let city: Session; // steward.city: D339900-AMR, the provider
let hudong: Session; // steward.hudong: D339902-AMR, a steward of another department

const sql = async (text: string, values: unknown[] = []) => (await t.database.executeSql(text, values)).rows;
const recordCount = async (code: string) => Number((await sql('SELECT count(*) AS n FROM data_records r JOIN data_resources d ON d.id = r.resource_id WHERE d.code = $1', [code]))[0]?.n);

beforeAll(async () => {
  t = await createTestApp();
  city = await signIn(t.app, 'steward.city');
  hudong = await signIn(t.app, 'steward.hudong');
  await publish(city, resourceBody('T-GUARDIANS'));
  const fields = [...resourceBody('x').fields, { key: 'guardian', name: { zh: '监护人身份证号', en: 'Guardian ID' }, type: 'string', element: 'person.idNumber', personal: true, sensitive: true, rules: { ref: { resource: 'T-GUARDIANS' } } }];
  await publish(city, resourceBody('T-REC', { fields, uniqueFields: ['fullName'] }));
  const loaded = await city.request('POST', '/api/v1/exchange/resources/T-GUARDIANS/records', { records: [{ subject: residentId(900), data: { fullName: '王监护', since: '2020-01-01' } }] });
  expect(loaded.statusCode, loaded.body).toBe(200);
});
afterAll(async () => t.close());

describe('upserting hosted records', () => {
  it('writes the good records, reports the bad ones by index, field and rule, and never half-writes one', async () => {
    const records = [
      { subject: residentId(1), data: { fullName: '张一', level: '一级', income: 5000, isActive: true, since: '2021-03-04', guardian: residentId(900) } },
      { subject: '339902199001010000', data: { fullName: '坏主体', since: '2021-01-01' } },
      { subject: residentId(2), data: { fullName: '未知字段', since: '2021-01-01', foo: 'bar' } },
      { subject: residentId(3), data: { fullName: '类型错误', income: 'abc', since: '2021-13-40' } },
      { subject: residentId(4), data: { level: '三级', income: -5, isActive: '否', since: '2022/5/6', guardian: residentId(901) } },
    ];
    const res = await city.request('POST', '/api/v1/exchange/resources/T-REC/records', { records }, { 'accept-language': 'en' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<{ accepted: number; rejected: { index: number; field?: string; rule: string; message: string }[]; quality: { score: number; records: number; failing: { field?: string; rule: string; count: number }[] } }>();
    expect(body.accepted).toBe(2);
    expect(body.rejected.map((r) => `${r.index}:${r.field}:${r.rule}`)).toEqual(['1:subject:subject_invalid', '2:foo:unknown_field', '3:income:type', '3:since:type']);
    expect(body.rejected[0]!.message).toMatch(/resident ID/);
    expect(await recordCount('T-REC')).toBe(2);
    // Quality rules lowered the score without rejecting record 4: required name, enum, min, ref.
    expect(body.quality.records).toBe(2);
    expect(body.quality.failing).toEqual(
      expect.arrayContaining([
        { field: 'fullName', rule: 'required', count: 1 },
        { field: 'level', rule: 'enum', count: 1 },
        { field: 'income', rule: 'min', count: 1 },
        { field: 'guardian', rule: 'ref', count: 1 },
      ]),
    );
    expect(body.quality.score).toBeLessThan(100);
    const stored = await sql("SELECT r.subject_bidx, r.data_enc, r.issues FROM data_records r JOIN data_resources d ON d.id = r.resource_id WHERE d.code = 'T-REC' ORDER BY r.issues::text");
    const text = JSON.stringify(stored);
    expect(text).not.toContain(residentId(1));
    expect(text).not.toContain('张一');
    const withIssues = stored.find((r) => (r.issues as unknown[]).length > 0)!;
    expect(withIssues.subject_bidx).toBe(t.services.cipher.blindIndex('id_number', residentId(4)));
    expect(JSON.parse(t.services.cipher.decrypt(String(withIssues.data_enc), 'data_records.data'))).toEqual({ level: '三级', income: -5, isActive: false, since: '2022-05-06', guardian: residentId(901) });
    const audit = await sql("SELECT details FROM audit_records WHERE action = 'exchange.records_loaded' AND object_id = 'T-REC'");
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(residentId(1));
    const detail = (await city.request('GET', '/api/v1/exchange/resources/T-REC')).json<{ recordCount: number; quality: { score: number }; lastLoadedAt: string | null }>();
    expect(detail.recordCount).toBe(2);
    expect(detail.quality.score).toBe(body.quality.score);
    expect(detail.lastLoadedAt).not.toBeNull();
  });

  it('upserts by subject: a second load replaces the record; a repeated subject in one batch keeps the last', async () => {
    const res = await city.request('POST', '/api/v1/exchange/resources/T-REC/records', {
      records: [
        { subject: residentId(4), data: { fullName: '先写', since: '2022-01-01' } },
        { subject: residentId(4).toLowerCase(), data: { fullName: '后写', level: '一级', since: '2022-01-01' } },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ accepted: number }>().accepted).toBe(2);
    expect(await recordCount('T-REC')).toBe(2);
    const [row] = await sql("SELECT r.data_enc, r.issues FROM data_records r JOIN data_resources d ON d.id = r.resource_id WHERE d.code = 'T-REC' AND r.subject_bidx = $1", [t.services.cipher.blindIndex('id_number', residentId(4))]);
    expect(JSON.parse(t.services.cipher.decrypt(String(row!.data_enc), 'data_records.data'))).toMatchObject({ fullName: '后写' });
    expect(row!.issues).toEqual([]);
  });

  it('checks uniqueFields across records as consistency', async () => {
    await city.request('POST', '/api/v1/exchange/resources/T-REC/records', { records: [{ subject: residentId(5), data: { fullName: '后写', since: '2022-01-01' } }] });
    const detail = (await city.request('GET', '/api/v1/exchange/resources/T-REC')).json<{ quality: { consistency: number; failing: { field?: string; rule: string }[] } }>();
    expect(detail.quality.failing).toEqual(expect.arrayContaining([{ field: 'fullName', rule: 'unique', count: 1 }]));
    expect(detail.quality.consistency).toBeLessThan(1);
  });

  it('a steward of another department cannot load (403) and nothing is written; unknown resource 404; over 1000 records 400', async () => {
    const before = await recordCount('T-REC');
    const foreign = await hudong.request('POST', '/api/v1/exchange/resources/T-REC/records', { records: [{ subject: residentId(7), data: { fullName: '越权', since: '2022-01-01' } }] });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json<{ error: { code: string } }>().error.code).toBe('exchange.not_steward');
    expect(await recordCount('T-REC')).toBe(before);
    const missing = await city.request('POST', '/api/v1/exchange/resources/T-NOPE/records', { records: [{ subject: residentId(7), data: {} }] });
    expect(missing.statusCode).toBe(404);
    const tooMany = await city.request('POST', '/api/v1/exchange/resources/T-REC/records', { records: Array.from({ length: 1001 }, (_, i) => ({ subject: residentId(i), data: {} })) });
    expect(tooMany.statusCode).toBe(400);
  });

  it('an enterprise resource takes credit codes, not resident IDs', async () => {
    await publish(city, resourceBody('T-ENT', { subjectKind: 'enterprise' }));
    const res = await city.request('POST', '/api/v1/exchange/resources/T-ENT/records', {
      records: [
        { subject: '91339902MA2A1B3C49', data: { fullName: '企业', since: '2020-01-01' } },
        { subject: residentId(2), data: { fullName: '个人', since: '2020-01-01' } },
      ],
    });
    expect(res.json()).toMatchObject({ accepted: 1, rejected: [{ index: 1, field: 'subject', rule: 'subject_invalid' }] });
  });
});
