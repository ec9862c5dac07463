import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

// Search over the demo catalogue as people type it (the template database holds the demo catalogue).
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

async function top(query: string, n = 3): Promise<string[]> {
  const res = await t.app.inject({ url: `/api/v1/catalog/items?q=${encodeURIComponent(query)}&region=339902001001` });
  expect(res.statusCode).toBe(200);
  return res.json<{ items: { code: string }[] }>().items.slice(0, n).map((i) => i.code);
}

describe('searching the demo catalogue', () => {
  it('"我要开饭店" finds the food business licence first', async () => {
    expect((await top('我要开饭店', 1))[0]).toBe('XK-AMR-0005');
  });

  it('"营业执照" finds business registration items', async () => {
    const codes = await top('营业执照', 5);
    expect(codes).toContain('XK-AMR-0001');
    expect(codes.every((c) => c.startsWith('XK-AMR') || c.startsWith('QR-TAX') || c.startsWith('QT-'))).toBe(true);
  });

  it('English with a typo: "marrige registration" finds marriage registration', async () => {
    expect((await top('marrige registration', 1))[0]).toBe('QR-CIVIL-0001');
  });

  it('a life event lists its items for the region with promised limits', async () => {
    const res = await t.app.inject({ url: '/api/v1/catalog/life-events/newborn?region=339902001001' });
    expect(res.statusCode).toBe(200);
    const view = res.json<{ items: { code: string; promisedDays: number | null }[]; replaces: { fields: number }; merged: { fields: number } }>();
    expect(view.items[0]?.code).toBe('GG-HEALTH-0001');
    expect(view.items.every((i) => i.promisedDays !== null)).toBe(true);
    expect(view.merged.fields).toBeLessThan(view.replaces.fields);
  });
});
