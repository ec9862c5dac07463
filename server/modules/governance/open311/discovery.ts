import { OPEN311_JURISDICTION_ID } from './jurisdiction';

// GET discovery.json (http://wiki.open311.org/Service_Discovery): where the GeoReport v2 endpoint is and what it
// speaks. The changeset is sortable and moves when the service list or definitions change shape (this file's date).

const CHANGESET = '2026-11-28 00:00';

export function discovery(endpointUrl: string, type: 'production' | 'test') {
  return {
    changeset: CHANGESET,
    contact: `明湖市 12345 政务服务便民热线（12345）/ Minghu 12345 government service hotline; jurisdiction_id ${OPEN311_JURISDICTION_ID}`,
    key_service: '接入密钥由市大数据局为接入单位签发，请联系 12345 热线管理办公室 / API keys are issued to partner organisations by the city Big Data Bureau; ask the 12345 hotline office',
    endpoints: [{ specification: 'http://wiki.open311.org/GeoReport_v2', url: endpointUrl, changeset: CHANGESET, type, formats: ['application/json'] }],
  };
}
