import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app';
import { fixtureElements, fixtureItem, uniqueCode } from './catalog-fixtures';

let t: TestApp;
const food = fixtureItem({
  code: uniqueCode('XK-SRCH'),
  name: { zh: '食品经营许可', en: 'Food business licence' },
  keywords: ['开饭店', '餐馆', '餐饮', 'restaurant'],
});
const company = fixtureItem({
  code: uniqueCode('QR-SRCH'),
  name: { zh: '企业设立登记', en: 'Enterprise establishment registration' },
  keywords: ['开公司', '营业执照', 'business licence'],
  audience: ['enterprise'],
});
const marriage = fixtureItem({
  code: uniqueCode('QR-SRCH'),
  name: { zh: '结婚登记', en: 'Marriage registration' },
  departmentKind: 'civil_affairs',
  themes: ['marriage'],
  keywords: ['领证', '结婚证'],
});

async function search(query: string): Promise<string[]> {
  const res = await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent(query)}&limit=50` });
  expect(res.statusCode).toBe(200);
  const codes = res.json<{ items: { code: string }[] }>().items.map((i) => i.code);
  // Only this file's items matter (the template may hold the demo catalogue too).
  return codes.filter((c) => [food.code, company.code, marriage.code].includes(c));
}

beforeAll(async () => {
  t = await createTestApp();
  const admin = await signIn(t.app, 'sysadmin');
  const res = await admin.request('POST', '/api/v1/catalog/import', { format: 'yiwang-catalogue/1', dataElements: fixtureElements, items: [food, company, marriage], lifeEvents: [] });
  expect(res.json<{ failed: unknown[] }>().failed).toEqual([]);
});
afterAll(async () => t.close());

describe('catalogue search', () => {
  it('segments Chinese queries: 我要开饭店 finds the food business licence', async () => {
    expect((await search('我要开饭店'))[0]).toBe(food.code);
  });

  it('营业执照 finds business registration', async () => {
    expect(await search('营业执照')).toContain(company.code);
    expect(await search('营业执照')).not.toContain(marriage.code);
  });

  it('ranks name matches above keyword matches', async () => {
    // "登记" is in both registration names; "结婚" only in one.
    expect((await search('结婚登记'))[0]).toBe(marriage.code);
  });

  it('tolerates English typos and prefixes', async () => {
    expect(await search('marriage')).toEqual([marriage.code]);
    expect(await search('mariage')).toEqual([marriage.code]);
    expect(await search('restaurnt')).toEqual([food.code]);
    expect(await search('establish')).toEqual([company.code]);
  });

  it('filters by department kind and audience', async () => {
    const civil = (await t.app.inject({ url: '/api/v1/catalog/items?department=civil_affairs&limit=100' })).json<{ items: { code: string; department: string }[] }>().items;
    expect(civil.every((i) => i.department === 'civil_affairs')).toBe(true);
    expect(civil.map((i) => i.code)).toContain(marriage.code);
    const enterprise = (await t.app.inject({ url: '/api/v1/catalog/items?audience=enterprise&limit=100' })).json<{ items: { code: string }[] }>().items.map((i) => i.code);
    expect(enterprise).toContain(company.code);
    expect(enterprise).not.toContain(food.code);
  });

  it('answers 400 naming the field for a bad filter', async () => {
    const res = await t.app.inject({ url: '/api/v1/catalog/items?audience=martian' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ error: { details: { field: string }[] } }>().error.details[0]?.field).toBe('audience');
  });
});
