import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../testing/test-app';
import { act, getCase, handleToEnd, upload } from './test-support';
import { readFileSync } from 'node:fs';

let t: TestApp;
let citizen: Session;

beforeAll(async () => {
  t = await createTestApp();
  citizen = await signIn(t.app, '13900000001');
});
afterAll(async () => t.close());

describe('preparing a form', () => {
  it('lists the fields in the order the standard gives them (JSONB keeps no key order)', async () => {
    const res = await citizen.request('GET', '/api/v1/applications/prepare?implementation=GG-HEALTH-0001&region=339902001001');
    expect(res.statusCode, res.body).toBe(200);
    const keys = res.json<{ fields: { key: string }[] }>().fields.map((f) => f.key);
    const catalogue = JSON.parse(readFileSync(new URL('../../seed/catalogue/demo-catalogue.json', import.meta.url), 'utf8')) as { items: { code: string; form: { properties: object } }[] };
    const item = catalogue.items.find((i) => i.code === 'GG-HEALTH-0001')!;
    expect(keys).toEqual(Object.keys(item.form.properties));
  });
});

describe('newborn life event (一件事)', () => {
  it('fans out to one child case per item, runs dependencies in order, attaches results and completes', async () => {
    const prep = await citizen.request('GET', '/api/v1/applications/prepare?lifeEvent=newborn&region=339902001001');
    expect(prep.statusCode, prep.body).toBe(200);
    const view = prep.json<{ fields: { key: string; required: boolean; prefill: unknown; schema: Record<string, unknown> }[]; materials: { key: string; source: string; fetchable: unknown; producedInBundle: boolean; required: boolean; commitmentAllowed: boolean }[]; counts: Record<string, number> }>();
    expect(view.counts.fieldsFetched).toBeGreaterThan(0);
    const form: Record<string, unknown> = {};
    for (const f of view.fields) {
      if (f.prefill) continue;
      const s = f.schema;
      if (Array.isArray(s.enum)) form[f.key] = s.enum[0];
      else if (s.format === 'date') form[f.key] = '2026-11-20';
      else if (s.type === 'integer' || s.type === 'number') form[f.key] = typeof s.minimum === 'number' ? s.minimum : 1;
      else if (s.type === 'boolean') form[f.key] = true;
      else if (typeof s.pattern === 'string' && s.pattern.includes('[0-9X]')) form[f.key] = '339902198503121019';
      else if (typeof s.pattern === 'string' && s.pattern.startsWith('^1')) form[f.key] = '13900000009';
      else form[f.key] = '测试';
    }
    const file = await upload(citizen);
    const materials = view.materials
      .filter((m) => !m.producedInBundle)
      .map((m) => (m.fetchable ? { key: m.key, provision: 'fetched' } : m.commitmentAllowed ? { key: m.key, provision: 'commitment' } : { key: m.key, provision: 'upload', fileId: file }));
    const res = await citizen.request('POST', '/api/v1/applications', { lifeEvent: 'newborn', region: '339902001001', form, materials }, { 'idempotency-key': 'newborn-1' });
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json<{ id: string }>();
    let parent = await getCase(citizen, id);
    expect(parent.children.map((c) => c.status)).toEqual(['submitted', 'waiting', 'waiting', 'waiting']);
    // The one form reads with the items' own titles.
    const answers = (await citizen.request('GET', `/api/v1/applications/${id}`)).json<{ fields: { key: string; title: { zh: string } }[] }>().fields;
    expect(answers.find((f) => f.key === 'child.name')?.title.zh).toBe('新生儿姓名');

    const health = await signIn(t.app, 'health.city');
    const hospitalCase = parent.children[0]!.id;
    // Other departments see nothing of it.
    const psb = await signIn(t.app, 'psb.city');
    expect((await psb.request('GET', `/api/v1/applications/${hospitalCase}`)).statusCode).toBe(404);
    const done = await handleToEnd(health, hospitalCase);
    expect(done.status).toBe('completed');
    expect(done.licence).not.toBeNull();

    parent = await getCase(citizen, id);
    expect(parent.children.map((c) => c.status)).toEqual(['completed', 'submitted', 'submitted', 'waiting']);
    const psbCase = parent.children[1]!.id;
    expect((await handleToEnd(psb, psbCase)).status).toBe('completed');
    const hrss = await signIn(t.app, 'hrss.city');
    for (const child of (await getCase(citizen, id)).children.slice(2)) {
      expect((await handleToEnd(hrss, child.id)).status).toBe('completed');
    }
    parent = await getCase(citizen, id);
    expect(parent.status).toBe('completed');
    const rated = await citizen.request('POST', `/api/v1/applications/${id}/rating`, { score: 5 });
    expect(rated.statusCode, rated.body).toBe(201);
    expect((await act(citizen, id, 'withdraw')).statusCode).toBe(409);
  });
});
