import { count } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestApp } from '../../../testing/test-app';
import { demoGrids } from '../../../seed/demo-grids';
import { incidents } from '../tables';

// What the Open311 request tests share: the spec's field list, a point inside a demo grid, form posting, and
// checks of the spec's answer and error shapes.

export const REQUEST_FIELDS = [
  'address', 'address_id', 'agency_responsible', 'description', 'expected_datetime', 'lat', 'long', 'media_url', 'requested_datetime', 'service_code',
  'service_name', 'service_notice', 'service_request_id', 'status', 'status_notes', 'updated_datetime', 'zipcode',
].sort();
export const W3C_CHINA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

export interface Created {
  service_request_id: string;
  service_notice: string | null;
  account_id: string | null;
}
export type ServiceRequest = Record<string, unknown> & { service_request_id: string; status: string; status_notes: string | null; lat: number | null; long: number | null };

/** The centre of a demo grid, nudged so two requests in one grid are further apart than the fusion distance. */
export function pointIn(gridCode: string, east = 0): { lat: number; long: number } {
  const ring = demoGrids().find((g) => g.code === gridCode)!.geometry.coordinates[0]!;
  const lngs = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return { lat: (Math.min(...lats) + Math.max(...lats)) / 2, long: Math.min(...lngs) + 0.0005 + east };
}

export function form(fields: Record<string, string | number | string[]>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  return params.toString();
}

/** Posting, reading and error checks against one test app. */
export function open311Client(app: () => TestApp) {
  const postForm = (fields: Record<string, string | number | string[]>, headers: Record<string, string> = {}) =>
    app().app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: form(fields), headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers } });
  const postJson = (body: Record<string, unknown>) => app().app.inject({ method: 'POST', url: '/open311/v2/requests.json', payload: body });
  const get = (url: string, headers: Record<string, string> = {}) => app().app.inject({ method: 'GET', url: `/open311/v2${url}`, headers });

  async function created(res: Awaited<ReturnType<typeof postForm>>): Promise<Created> {
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Created[]>();
    expect(body).toHaveLength(1);
    expect(Object.keys(body[0]!).sort()).toEqual(['account_id', 'service_notice', 'service_request_id']);
    return body[0]!;
  }

  async function one(id: string): Promise<ServiceRequest> {
    const res = await get(`/requests/${id}.json`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<ServiceRequest[]>();
    expect(body).toHaveLength(1);
    return body[0]!;
  }

  function expectErrors(res: Awaited<ReturnType<typeof postForm>>, status: number): string[] {
    expect(res.statusCode, res.body).toBe(status);
    const body = res.json<{ code: number; description: string }[]>();
    expect(Array.isArray(body)).toBe(true);
    for (const e of body) {
      expect(Object.keys(e).sort()).toEqual(['code', 'description']);
      expect(e.code).toBe(status);
    }
    return body.map((e) => e.description);
  }

  const incidentCount = async () => Number((await app().database.db.select({ n: count() }).from(incidents))[0]!.n);

  return { postForm, postJson, get, created, one, expectErrors, incidentCount };
}
