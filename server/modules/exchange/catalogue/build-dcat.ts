import type { Executor } from '../../../db/client';
import { findDepartmentsByIds } from '../../identity/org-lookups';
import type { I18nText, UpdateCycle } from '../model';
import { openResources } from './list-open-data';

/** DCAT-AP frequencies: the EU Publications Office's frequency authority table. */
const FREQUENCY = 'http://publications.europa.eu/resource/authority/frequency/';
const CYCLE_FREQUENCY: Record<UpdateCycle, string> = { realtime: 'UPDATE_CONT', daily: 'DAILY', weekly: 'WEEKLY', monthly: 'MONTHLY', quarterly: 'QUARTERLY', yearly: 'ANNUAL' };
const CSV_FORMAT = 'http://publications.europa.eu/resource/authority/file-type/CSV';

const langs = (text: I18nText) => [
  { '@value': text.zh, '@language': 'zh' },
  { '@value': text.en, '@language': 'en' },
];

/**
 * The open-data catalogue as DCAT-AP 2 JSON-LD (dcat:Catalog → dcat:Dataset → dcat:Distribution), with absolute
 * URLs from the request's host, for CKAN's ckanext-dcat RDF harvester and other DCAT harvesters.
 */
export async function buildDcat(exec: Executor, baseUrl: string) {
  const rows = await openResources(exec);
  const departments = new Map((await findDepartmentsByIds(exec, [...new Set(rows.map((r) => r.providerDepartmentId))])).map((d) => [d.id, d]));
  const platform = { zh: '一网政务数据共享平台', en: 'Yiwang government data sharing platform' };
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
    },
    '@id': `${baseUrl}/api/v1/exchange/dcat`,
    '@type': 'dcat:Catalog',
    'dct:title': langs({ zh: '公共数据开放目录', en: 'Open data catalogue' }),
    'dct:description': langs({ zh: '政务数据资源目录中的开放数据，可按 CSV 下载', en: 'The open data of the government data resource catalogue, downloadable as CSV' }),
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': langs(platform) },
    'foaf:homepage': { '@id': `${baseUrl}/open-data` },
    'dcat:dataset': rows.map((r) => {
      const department = departments.get(r.providerDepartmentId);
      const publisherName = { zh: department?.name ?? '', en: department?.nameEn ?? department?.name ?? '' };
      const csvUrl = `${baseUrl}/api/v1/exchange/open-data/${encodeURIComponent(r.code)}.csv`;
      return {
        '@id': `${baseUrl}/open-data#${encodeURIComponent(r.code)}`,
        '@type': 'dcat:Dataset',
        'dct:identifier': r.code,
        'dct:title': langs(r.name),
        'dct:description': langs(r.description),
        'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': langs(publisherName) },
        'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': publisherName.zh },
        'dct:issued': { '@value': r.releasedOn ?? r.createdAt.toISOString().slice(0, 10), '@type': 'xsd:date' },
        'dct:modified': { '@value': (r.lastLoadedAt ?? r.updatedAt).toISOString(), '@type': 'xsd:dateTime' },
        'dct:accrualPeriodicity': { '@id': `${FREQUENCY}${CYCLE_FREQUENCY[r.updateCycle]}` },
        'dcat:keyword': [r.classification.class, r.classification.item, r.classification.category].filter((k) => k !== '').map((k) => ({ '@value': k, '@language': 'zh' })),
        'dcat:landingPage': { '@id': `${baseUrl}/open-data#${encodeURIComponent(r.code)}` },
        'dcat:distribution': [
          {
            '@id': csvUrl,
            '@type': 'dcat:Distribution',
            'dct:title': langs({ zh: `${r.name.zh}（CSV）`, en: `${r.name.en} (CSV)` }),
            'dcat:accessURL': { '@id': csvUrl },
            'dcat:downloadURL': { '@id': csvUrl },
            'dct:format': { '@id': CSV_FORMAT },
            'dcat:mediaType': 'text/csv',
          },
        ],
      };
    }),
  };
}
