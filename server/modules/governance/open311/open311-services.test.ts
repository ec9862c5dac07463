import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { demoCategoryLeaves } from '../../../seed/demo-incident-categories';
import { OPEN311_JURISDICTION_ID } from './jurisdiction';

// GeoReport v2 discovery, service list and service definitions, field by field against the spec
// (http://wiki.open311.org/GeoReport_v2, http://wiki.open311.org/Service_Discovery).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url: `/open311/v2${url}`, headers });

interface Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: string;
  keywords: string;
  group: string;
}
interface Attribute {
  variable: boolean;
  code: string;
  datatype: string;
  required: boolean;
  datatype_description: string | null;
  order: number;
  description: string;
  values: { key: string; name: string }[];
}

const SERVICE_FIELDS = ['description', 'group', 'keywords', 'metadata', 'service_code', 'service_name', 'type'];
const ATTRIBUTE_FIELDS = ['code', 'datatype', 'datatype_description', 'description', 'order', 'required', 'values', 'variable'];

function expectOpen311Error(res: { statusCode: number; json: <T>() => T; headers: Record<string, unknown> }, status: number) {
  expect(res.statusCode).toBe(status);
  expect(String(res.headers['content-type'])).toMatch(/^application\/json/);
  const body = res.json<{ code: number; description: string }[]>();
  expect(Array.isArray(body)).toBe(true);
  expect(body.length).toBeGreaterThan(0);
  for (const error of body) {
    expect(Object.keys(error).sort()).toEqual(['code', 'description']);
    expect(error.code).toBe(status);
    expect(error.description.length).toBeGreaterThan(0);
  }
  return body;
}

describe('GET discovery.json', () => {
  it('has every field the discovery spec requires, pointing at this endpoint, JSON only', async () => {
    const res = await get('/discovery.json', { host: 'open311.minghu.example' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json; charset=utf-8/);
    const body = res.json<Record<string, unknown> & { endpoints: Record<string, unknown>[] }>();
    expect(Object.keys(body).sort()).toEqual(['changeset', 'contact', 'endpoints', 'key_service']);
    for (const field of ['changeset', 'contact', 'key_service'] as const) expect(typeof body[field]).toBe('string');
    expect(body.endpoints).toHaveLength(1);
    const [endpoint] = body.endpoints;
    expect(Object.keys(endpoint!).sort()).toEqual(['changeset', 'formats', 'specification', 'type', 'url']);
    expect(endpoint).toMatchObject({ specification: 'http://wiki.open311.org/GeoReport_v2', url: 'http://open311.minghu.example/open311/v2', formats: ['application/json'] });
    expect(['production', 'test']).toContain(endpoint!.type);
  });
});

describe('GET services.json', () => {
  it('lists every leaf category as a realtime service with the spec fields, in Chinese by default', async () => {
    const res = await get('/services.json');
    expect(res.statusCode).toBe(200);
    const services = res.json<Service[]>();
    expect(services.map((s) => s.service_code).sort()).toEqual(demoCategoryLeaves.map((l) => l.code).sort());
    for (const service of services) {
      expect(Object.keys(service).sort()).toEqual(SERVICE_FIELDS);
      expect(service.type).toBe('realtime');
      for (const field of ['service_code', 'service_name', 'description', 'keywords', 'group'] as const) expect(typeof service[field]).toBe('string');
      const leaf = demoCategoryLeaves.find((l) => l.code === service.service_code)!;
      expect(service.service_name).toBe(leaf.name.zh);
      expect(service.group).toBe(leaf.group.name.zh);
      expect(service.metadata).toBe((leaf.attributes?.length ?? 0) > 0);
      expect(service.keywords.split(', ')).toContain(leaf.group.name.zh);
    }
    const pothole = services.find((s) => s.service_code === 'roads.pothole')!;
    expect(pothole).toMatchObject({ service_name: '路面破损', group: '道路交通', metadata: true });
    expect(pothole.description).toContain('5 个工作日');
    expect(services.find((s) => s.service_code === 'roads.parking')!.metadata).toBe(false);
  });

  it('answers in English for locale=en or an English Accept-Language', async () => {
    for (const res of [await get('/services.json?locale=en'), await get('/services.json', { 'accept-language': 'en-GB,en;q=0.9' })]) {
      const pothole = res.json<Service[]>().find((s) => s.service_code === 'roads.pothole')!;
      expect(pothole).toMatchObject({ service_name: 'Damaged road surface', group: 'Roads and traffic' });
      expect(pothole.description).toContain('5 working days');
    }
    // locale wins over the header.
    const zh = (await get('/services.json?locale=zh-CN', { 'accept-language': 'en' })).json<Service[]>();
    expect(zh.find((s) => s.service_code === 'roads.pothole')!.service_name).toBe('路面破损');
  });
});

describe('GET services/{service_code}.json', () => {
  it('gives the service definition with each attribute in the spec shape, texts in the asked language', async () => {
    const res = await get('/services/roads.pothole.json');
    expect(res.statusCode).toBe(200);
    const body = res.json<{ service_code: string; attributes: Attribute[] }>();
    expect(Object.keys(body).sort()).toEqual(['attributes', 'service_code']);
    expect(body.service_code).toBe('roads.pothole');
    expect(body.attributes).toHaveLength(1);
    const [size] = body.attributes;
    expect(Object.keys(size!).sort()).toEqual(ATTRIBUTE_FIELDS);
    expect(size).toEqual({
      variable: true,
      code: 'size',
      datatype: 'singlevaluelist',
      required: true,
      datatype_description: '选择一项',
      order: 1,
      description: '坑洞大小',
      values: [
        { key: 'small', name: '小（小于一个井盖）' },
        { key: 'medium', name: '中（一个井盖到一米）' },
        { key: 'large', name: '大（超过一米）' },
      ],
    });
    const en = (await get('/services/roads.pothole.json?locale=en')).json<{ attributes: Attribute[] }>();
    expect(en.attributes[0]).toMatchObject({ description: 'How big is the pothole?', datatype_description: 'Choose one' });
    expect(en.attributes[0]!.values[2]).toEqual({ key: 'large', name: 'Large (over one metre)' });
  });

  it('gives a number attribute without values, and an empty list for a service without metadata', async () => {
    const flooding = (await get('/services/roads.flooding.json')).json<{ attributes: Attribute[] }>();
    expect(flooding.attributes[0]).toMatchObject({ code: 'depth_cm', datatype: 'number', required: false, values: [] });
    const parking = await get('/services/roads.parking.json');
    expect(parking.json()).toEqual({ service_code: 'roads.parking', attributes: [] });
  });

  it('answers 404 in the spec error format for a group or an unknown code', async () => {
    for (const code of ['roads', 'no.such.service']) {
      const [error] = expectOpen311Error(await get(`/services/${code}.json`), 404);
      expect(error!.description).toContain('service_code');
    }
  });
});

describe('jurisdiction_id and formats', () => {
  it('accepts the city jurisdiction or none, and answers 404 for any other', async () => {
    expect((await get(`/services.json?jurisdiction_id=${OPEN311_JURISDICTION_ID}`)).statusCode).toBe(200);
    expect((await get('/services.json?jurisdiction_id=')).statusCode).toBe(200);
    expect((await get(`/services/roads.pothole.json?jurisdiction_id=${OPEN311_JURISDICTION_ID}`)).statusCode).toBe(200);
    const [error] = expectOpen311Error(await get('/services.json?jurisdiction_id=sfgov.org'), 404);
    expect(error!.description).toContain('jurisdiction_id');
    expectOpen311Error(await get('/services/roads.pothole.json?jurisdiction_id=sfgov.org'), 404);
    expectOpen311Error(await get('/requests.json?jurisdiction_id=sfgov.org'), 404);
  });

  it('answers the XML format and unknown paths with a 404 in the spec format', async () => {
    const [xml] = expectOpen311Error(await get('/services.xml'), 404);
    expect(xml!.description).toContain('JSON');
    expectOpen311Error(await get('/services/roads.pothole.xml'), 404);
    expectOpen311Error(await get('/requests.xml'), 404);
    expectOpen311Error(await get('/tokens/123.json'), 404);
  });

  it('answers a bad query parameter with 400 in the spec format', async () => {
    const [error] = expectOpen311Error(await get(`/services.json?jurisdiction_id=${'x'.repeat(300)}`), 400);
    expect(error!.description).toContain('jurisdiction_id');
  });
});
