import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { publish, resourceBody } from './catalogue-fixtures';

let t: TestApp;
let city: Session; // steward.city: D339900-AMR
let psb: Session; // steward.psb: D339900-PSB
let clerk: Session; // a staff member without data_steward

const details = (res: { json<T>(): T }) => res.json<{ error: { code: string; details?: { field: string; rule: string; message: string }[] } }>().error;
const auditCount = async (action: string, objectId: string) => Number((await t.database.executeSql('SELECT count(*) AS n FROM audit_records WHERE action = $1 AND object_id = $2', [action, objectId])).rows[0]?.n ?? 0);

beforeAll(async () => {
  t = await createTestApp();
  city = await signIn(t.app, 'steward.city');
  psb = await signIn(t.app, 'steward.psb');
  clerk = await signIn(t.app, 'clerk.hudong');
});
afterAll(async () => t.close());

describe('publishing a data resource', () => {
  it('stores it for the steward’s department, audited, with its provider and no records yet', async () => {
    const res = await city.request('POST', '/api/v1/exchange/resources', resourceBody('T-PUB-ONE'));
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json<{ code: string; provider: { code: string }; grade: string; gradeDerived: boolean; recordCount: number; quality: unknown; version: number; canManage: boolean }>();
    expect(body).toMatchObject({ code: 'T-PUB-ONE', provider: { code: 'D339900-AMR' }, grade: 'general', gradeDerived: false, recordCount: 0, quality: null, version: 1, canManage: true });
    expect(await auditCount('exchange.resource_published', 'T-PUB-ONE')).toBe(1);
    const again = await city.request('POST', '/api/v1/exchange/resources', resourceBody('T-PUB-ONE'));
    expect(again.statusCode).toBe(409);
    expect(details(again).code).toBe('exchange.resource_exists');
  });

  it('answers 422 naming each field and rule, and writes nothing', async () => {
    const base = resourceBody('T-BAD');
    const fields = base.fields as Record<string, unknown>[];
    const bad = {
      ...base,
      code: 'bad code',
      sharingType: 'not_shared',
      openData: true,
      derivedFrom: ['NO-SUCH-RESOURCE'],
      uniqueFields: ['nope'],
      fields: [
        fields[0],
        { ...fields[1], key: 'fullName' },
        { ...fields[2], element: 'no.such.element', personal: false, sensitive: true, rules: { min: 10, max: 1 } },
        { ...fields[3], rules: { pattern: '([' } },
        { ...fields[4], rules: { ref: { resource: 'NOPE-REF' } } },
      ],
    };
    const res = await city.request('POST', '/api/v1/exchange/resources', bad, { 'accept-language': 'en' });
    expect(res.statusCode, res.body).toBe(422);
    const error = details(res);
    expect(error.code).toBe('exchange.resource_invalid');
    const pairs = error.details!.map((p) => `${p.field}:${p.rule}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'code:pattern',
        'fields.1.key:unique',
        'fields.2.element:unknown_element',
        'fields.2.personal:sensitive_requires_personal',
        'fields.0.personal:not_in_open_data',
        'fields.2.rules.min:range',
        'fields.3.rules.pattern:rule_type',
        'fields.4.rules.ref.resource:unknown_resource',
        'notSharedBasis:required',
        'openData:not_shared_open',
        'derivedFrom.0:unknown_resource',
        'uniqueFields.0:unknown_field',
      ]),
    );
    expect(error.details!.every((p) => p.message.length > 0)).toBe(true);
    expect((await t.database.executeSql("SELECT count(*) AS n FROM data_resources WHERE code IN ('bad code', 'T-BAD')")).rows[0]?.n).toBe(0);
  });

  it('accepts not_shared with its legal basis; a bad pattern on a string field is named', async () => {
    const ok = await city.request('POST', '/api/v1/exchange/resources', resourceBody('T-NOT-SHARED', { sharingType: 'not_shared', notSharedBasis: '《刑事诉讼法》第一百五十二条' }));
    expect(ok.statusCode, ok.body).toBe(201);
    const base = resourceBody('T-BAD-PATTERN');
    const fields = base.fields as Record<string, unknown>[];
    const res = await city.request('POST', '/api/v1/exchange/resources', { ...base, fields: [{ ...fields[0], rules: { pattern: '([' } }] });
    expect(res.statusCode).toBe(422);
    expect(details(res).details!.map((p) => `${p.field}:${p.rule}`)).toEqual(['fields.0.rules.pattern:invalid_pattern']);
  });

  it('a derived resource takes the highest grade of its inputs and says so', async () => {
    await publish(psb, resourceBody('T-CORE-INPUT', { grade: 'core' }));
    await publish(city, resourceBody('T-GENERAL-INPUT', { grade: 'general' }));
    const res = await city.request('POST', '/api/v1/exchange/resources', resourceBody('T-DERIVED', { grade: 'general', derivedFrom: ['T-GENERAL-INPUT', 'T-CORE-INPUT'] }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ grade: 'core', declaredGrade: 'general', gradeDerived: true, inputsGrade: 'core', derivedFrom: ['T-GENERAL-INPUT', 'T-CORE-INPUT'] });
    const higher = await publish(city, resourceBody('T-DERIVED-HIGHER', { grade: 'core', derivedFrom: ['T-GENERAL-INPUT'] }));
    expect(higher.grade).toBe('core');
    const detail = await psb.request('GET', '/api/v1/exchange/resources/T-DERIVED');
    expect(detail.json()).toMatchObject({ grade: 'core', inputsGrade: 'core', canManage: false });
  });

  it('an open-data resource derived from an important one is refused (only general data is opened)', async () => {
    await publish(city, resourceBody('T-IMPORTANT', { grade: 'important' }));
    const fields = (resourceBody('x').fields as { personal: boolean }[]).map((f) => ({ ...f, personal: false, sensitive: false }));
    const res = await city.request('POST', '/api/v1/exchange/resources', resourceBody('T-OPEN-DERIVED', { openData: true, fields, derivedFrom: ['T-IMPORTANT'] }));
    expect(res.statusCode).toBe(422);
    expect(details(res).details!.map((p) => `${p.field}:${p.rule}`)).toEqual(['openData:open_data_grade']);
  });
});

describe('scope: only the provider’s stewards publish and edit', () => {
  it('a steward cannot publish for another department, and a non-steward cannot publish at all', async () => {
    const other = await psb.request('POST', '/api/v1/exchange/resources', resourceBody('T-FOREIGN', { providerDepartment: 'D339900-AMR' }));
    expect(other.statusCode).toBe(403);
    expect(details(other).code).toBe('exchange.not_steward');
    const notSteward = await clerk.request('POST', '/api/v1/exchange/resources', resourceBody('T-CLERK'));
    expect(notSteward.statusCode).toBe(403);
    expect((await t.database.executeSql("SELECT count(*) AS n FROM data_resources WHERE code IN ('T-FOREIGN', 'T-CLERK')")).rows[0]?.n).toBe(0);
  });

  it('the provider edits with a version bump (If-Match checked); another department gets 403', async () => {
    await publish(city, resourceBody('T-EDIT'));
    const { code: _code, ...edit } = resourceBody('T-EDIT', { name: { zh: '改名后的资源', en: 'Renamed resource' }, updateCycle: 'weekly' });
    const foreign = await psb.request('PUT', '/api/v1/exchange/resources/T-EDIT', edit);
    expect(foreign.statusCode).toBe(403);
    const stale = await city.request('PUT', '/api/v1/exchange/resources/T-EDIT', edit, { 'if-match': '"7"' });
    expect(stale.statusCode).toBe(412);
    const res = await city.request('PUT', '/api/v1/exchange/resources/T-EDIT', edit, { 'if-match': '"1"' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, name: { zh: '改名后的资源' }, updateCycle: 'weekly' });
    expect(await auditCount('exchange.resource_edited', 'T-EDIT')).toBe(1);
    const missing = await city.request('PUT', '/api/v1/exchange/resources/T-NOPE', edit);
    expect(missing.statusCode).toBe(404);
    // Once records are hosted, the subject kind (their key) cannot change.
    const loaded = await city.request('POST', '/api/v1/exchange/resources/T-EDIT/records', { records: [{ subject: '339902199001010014', data: { fullName: '张', since: '2020-01-01' } }] });
    expect(loaded.statusCode, loaded.body).toBe(200);
    const rekeyed = await city.request('PUT', '/api/v1/exchange/resources/T-EDIT', { ...edit, subjectKind: 'enterprise' });
    expect(rekeyed.statusCode).toBe(422);
    expect(details(rekeyed).details!.map((p) => `${p.field}:${p.rule}`)).toEqual(['subjectKind:records_exist']);
  });
});

describe('browsing the catalogue', () => {
  it('searches code, names and descriptions with filters, in pages', async () => {
    await publish(city, resourceBody('T-SEARCH-A', { name: { zh: '独特名称甲', en: 'Unique alpha' } }));
    await publish(city, resourceBody('T-SEARCH-B', { name: { zh: '独特名称乙', en: 'Unique beta' }, grade: 'important' }));
    const byName = await clerk.request('GET', `/api/v1/exchange/resources?q=${encodeURIComponent('独特名称')}`);
    expect(byName.statusCode).toBe(200);
    expect(byName.json<{ items: { code: string }[] }>().items.map((i) => i.code)).toEqual(['T-SEARCH-A', 'T-SEARCH-B']);
    const graded = await clerk.request('GET', `/api/v1/exchange/resources?q=unique&grade=important`);
    expect(graded.json<{ items: { code: string }[] }>().items.map((i) => i.code)).toEqual(['T-SEARCH-B']);
    const page1 = await clerk.request('GET', '/api/v1/exchange/resources?q=T-SEARCH&limit=1');
    const first = page1.json<{ items: { code: string; provider: { code: string } }[]; nextCursor: string }>();
    expect(first.items).toHaveLength(1);
    expect(first.items[0]!.provider.code).toBe('D339900-AMR');
    const page2 = await clerk.request('GET', `/api/v1/exchange/resources?q=T-SEARCH&limit=1&cursor=${first.nextCursor}`);
    expect(page2.json<{ items: { code: string }[]; nextCursor: string | null }>()).toMatchObject({ items: [{ code: 'T-SEARCH-B' }], nextCursor: null });
    const byProvider = await clerk.request('GET', '/api/v1/exchange/resources?provider=D339900-PSB&q=T-');
    expect(byProvider.json<{ items: { code: string }[] }>().items.map((i) => i.code)).toEqual(['T-CORE-INPUT']);
    const closed = await clerk.request('GET', '/api/v1/exchange/resources?q=T-SEARCH&openData=false');
    expect(closed.json<{ items: unknown[] }>().items).toHaveLength(2);
    const open = await clerk.request('GET', '/api/v1/exchange/resources?q=T-SEARCH&openData=true');
    expect(open.json<{ items: unknown[] }>().items).toHaveLength(0);
    const percent = await clerk.request('GET', `/api/v1/exchange/resources?q=${encodeURIComponent('%')}`);
    expect(percent.json<{ items: unknown[] }>().items).toEqual([]);
  });

  it('needs a staff sign-in', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/exchange/resources' });
    expect(anonymous.statusCode).toBe(401);
    const unknown = await clerk.request('GET', '/api/v1/exchange/resources/NO-SUCH');
    expect(unknown.statusCode).toBe(404);
  });
});
