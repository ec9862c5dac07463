import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth: the same record always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface ChainableRecord {
  id: number;
  at: Date;
  actorId: string | null;
  actorLabel: string;
  ip: string | null;
  action: string;
  objectType: string;
  objectId: string | null;
  result: string;
  details: Record<string, unknown>;
  requestId: string | null;
}

export function chainHash(prevHash: string, record: ChainableRecord): string {
  const canonical = canonicalJson({
    id: record.id,
    at: record.at,
    actorId: record.actorId,
    actorLabel: record.actorLabel,
    ip: record.ip,
    action: record.action,
    objectType: record.objectType,
    objectId: record.objectId,
    result: record.result,
    details: record.details,
    requestId: record.requestId,
  });
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
