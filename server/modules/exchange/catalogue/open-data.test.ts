import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signIn, type Session, type TestApp } from '../../../testing/test-app';
import { creditCode, openResourceBody, publish, resourceBody } from './catalogue-fixtures';

let t: TestApp;
let city: Session;

type Json = Record<string, unknown>;

beforeAll(async () => {
  t = await createTestApp();
  city = await signIn(t.app, 'steward.city');
  await publish(city, openResourceBody('T-OPEN', { updateCycle: 'monthly', releasedOn: '2026-02-03' }));
  await publish(city, resourceBody('T-CLOSED'));
  const loaded = await city.request('POST', '/api/v1/exchange/resources/T-OPEN/records', {
    records: [
      { subject: creditCode(1), data: { enterpriseName: '明湖"甲"有限公司', capital: 100, note: '秘密备注' } },
      { subject: creditCode(2), data: { enterpriseName: '=HYPERLINK("x")', capital: 2.5, note: '另一条, 备注' } },
    ],
  });
  expect(loaded.statusCode, loaded.body).toBe(200);
  // A field flagged personal after publication (an older entry): the export must still leave it out.
  await t.database.executeSql(`UPDATE data_resources SET fields = jsonb_set(fields, '{2,personal}', 'true') WHERE code = 'T-OPEN'`);
});
afterAll(async () => t.close());

describe('open data (public)', () => {
  it('lists the open resources without sign-in, with CSV links from the request host', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/exchange/open-data', headers: { host: 'data.example.org' } });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ items: { code: string; csvUrl: string; recordCount: number; fields: { key: string }[] }[]; dcatUrl: string }>();
    const item = body.items.find((i) => i.code === 'T-OPEN')!;
    expect(item).toMatchObject({ recordCount: 2, csvUrl: 'http://data.example.org/api/v1/exchange/open-data/T-OPEN.csv' });
    expect(item.fields.map((f) => f.key)).toEqual(['enterpriseName', 'capital']);
    expect(body.items.some((i) => i.code === 'T-CLOSED')).toBe(false);
    expect(body.dcatUrl).toBe('http://data.example.org/api/v1/exchange/dcat');
  });

  it('exports CSV with a BOM, the non-personal fields only, and no subjects', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/exchange/open-data/T-OPEN.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toContain('T-OPEN.csv');
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('enterpriseName,capital');
    expect(lines.slice(1).sort()).toEqual(['"\'=HYPERLINK(""x"")",2.5', '"明湖""甲""有限公司",100'].sort());
    expect(res.body).not.toContain('备注');
    expect(res.body).not.toContain(creditCode(1));
    const closed = await t.app.inject({ method: 'GET', url: '/api/v1/exchange/open-data/T-CLOSED.csv' });
    expect(closed.statusCode).toBe(404);
  });

  it('publishes a DCAT-AP 2 JSON-LD catalogue a harvester can read', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/exchange/dcat', headers: { host: 'data.example.org' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    const catalogue = res.json<Json>();
    expect(catalogue['@context']).toMatchObject({ dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/', foaf: 'http://xmlns.com/foaf/0.1/', vcard: 'http://www.w3.org/2006/vcard/ns#' });
    expect(catalogue['@type']).toBe('dcat:Catalog');
    expect(catalogue['dct:title']).toEqual(expect.arrayContaining([expect.objectContaining({ '@language': 'zh' }), expect.objectContaining({ '@language': 'en' })]));
    expect(catalogue['dct:publisher']).toMatchObject({ '@type': 'foaf:Agent' });
    const datasets = catalogue['dcat:dataset'] as Json[];
    const dataset = datasets.find((d) => d['dct:identifier'] === 'T-OPEN')!;
    expect(datasets.some((d) => d['dct:identifier'] === 'T-CLOSED')).toBe(false);
    expect(dataset).toMatchObject({
      '@type': 'dcat:Dataset',
      'dct:title': [
        { '@value': '测试资源 T-OPEN', '@language': 'zh' },
        { '@value': 'Test resource T-OPEN', '@language': 'en' },
      ],
      'dct:publisher': { '@type': 'foaf:Agent' },
      'dct:issued': { '@value': '2026-02-03', '@type': 'xsd:date' },
      'dct:accrualPeriodicity': { '@id': 'http://publications.europa.eu/resource/authority/frequency/MONTHLY' },
    });
    expect((dataset['dct:description'] as Json[]).length).toBe(2);
    expect(((dataset['dct:publisher'] as Json)['foaf:name'] as Json[]).map((n) => n['@language'])).toEqual(['zh', 'en']);
    expect(dataset['dct:modified']).toMatchObject({ '@type': 'xsd:dateTime' });
    expect(dataset['dcat:keyword']).toEqual(expect.arrayContaining([{ '@value': '基础信息', '@language': 'zh' }]));
    const [distribution] = dataset['dcat:distribution'] as Json[];
    expect(distribution).toMatchObject({
      '@type': 'dcat:Distribution',
      'dcat:accessURL': { '@id': 'http://data.example.org/api/v1/exchange/open-data/T-OPEN.csv' },
      'dcat:downloadURL': { '@id': 'http://data.example.org/api/v1/exchange/open-data/T-OPEN.csv' },
      'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
      'dcat:mediaType': 'text/csv',
    });
    // The download link works.
    const download = await t.app.inject({ method: 'GET', url: new URL(String((distribution!['dcat:downloadURL'] as Json)['@id'])).pathname });
    expect(download.statusCode).toBe(200);
  });
});
