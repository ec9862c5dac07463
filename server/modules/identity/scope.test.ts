import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type TestApp } from '../../testing/test-app';
import { demoCitizens } from '../../seed/demo-accounts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

describe('region-scoped access', () => {
  it('staff of district A list only district A people, never district B', async () => {
    const hudong = await signIn(t.app, 'clerk.hudong');
    const res = await hudong.request('GET', '/api/v1/people?limit=200');
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { regionCode: string }[] }>().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((p) => p.regionCode.startsWith('339902'))).toBe(true);
  });

  it('a citizen reading another citizen gets 404', async () => {
    const me = await signIn(t.app, demoCitizens[0]!.mobile);
    const other = await signIn(t.app, demoCitizens[1]!.mobile);
    const otherId = (await other.request('GET', '/api/v1/me')).json<{ id: string }>().id;
    const res = await me.request('GET', `/api/v1/people/${otherId}`);
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('identity.not_found');
  });
});
