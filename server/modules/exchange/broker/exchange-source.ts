import type { Applicant, ConsentNeeded, EvidenceContext, EvidenceSource, FetchedValue } from '../../applications/evidence';
import { lookup } from '../gateway/gateway';
import type { ResourceField } from '../model';
import { activeGrants, resourcesForElements, type BrokerGrant, type BrokerResource } from './broker-catalogue';

// 一次不用跑 (once-only): the evidence broker. For form elements the profile cannot fill it finds published
// resources carrying them and an active grant held by a department whose item needs them, and asks the gateway
// (caller kind 'broker', purpose = this application, case reference = its draft or case). Sensitive fields go only
// with a statutory grant or the applicant's separate consent given now; otherwise they are listed as consent needed.

interface Pick {
  resource: BrokerResource;
  grant: BrokerGrant;
  /** field key → element */
  fields: Map<string, string>;
}

function subjectOf(applicant: Applicant, resource: BrokerResource): string | null {
  return resource.subjectKind === 'person' ? applicant.idNumber : applicant.creditCode;
}

/**
 * Which grant serves which element: statutory grants first (no consent asked), then the grant covering the most
 * elements still open (one lookup per resource where possible), then fewer sensitive fields.
 */
function plan(applicant: Applicant, elements: readonly string[], context: EvidenceContext, resources: BrokerResource[], grants: BrokerGrant[]): Pick[] {
  const candidates: { element: string; resource: BrokerResource; grant: BrokerGrant; field: ResourceField }[] = [];
  for (const element of elements) {
    const consumers = context.consumers.get(element) ?? [];
    for (const resource of resources) {
      if (!subjectOf(applicant, resource)) continue;
      for (const field of resource.fields) {
        if (field.element !== element) continue;
        for (const grant of grants) {
          if (grant.resourceId !== resource.id || !consumers.includes(grant.consumerDepartmentId) || !grant.grantedFields.includes(field.key)) continue;
          // A sensitive value the grant would only show masked is of no use in a form.
          if (field.sensitive && !grant.plainFields.includes(field.key)) continue;
          candidates.push({ element, resource, grant, field });
        }
      }
    }
  }
  const picks: Pick[] = [];
  const open = new Set(candidates.map((c) => c.element));
  while (open.size > 0) {
    const byGrant = new Map<string, typeof candidates>();
    for (const c of candidates) if (open.has(c.element)) byGrant.set(c.grant.id, [...(byGrant.get(c.grant.id) ?? []), c]);
    const score = (list: typeof candidates) => [Number(list[0]!.grant.statutory), new Set(list.map((c) => c.element)).size, -list.filter((c) => c.field.sensitive).length];
    const best = [...byGrant.values()].sort((a, b) => {
      const [x, y] = [score(a), score(b)];
      return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]!;
    })[0];
    if (!best) break;
    const pick: Pick = { resource: best[0]!.resource, grant: best[0]!.grant, fields: new Map() };
    for (const c of best) {
      if (!open.has(c.element)) continue;
      pick.fields.set(c.field.key, c.element);
      open.delete(c.element);
    }
    picks.push(pick);
  }
  return picks;
}

function addConsentNeeded(list: ConsentNeeded[], resource: BrokerResource, fields: ResourceField[]): void {
  const existing = list.find((c) => c.resource === resource.code);
  const named = fields.map((f) => ({ key: f.key, name: f.name }));
  if (existing) {
    for (const f of named) if (!existing.fields.some((x) => x.key === f.key)) existing.fields.push(f);
  } else list.push({ resource: resource.code, resourceName: resource.name, provider: resource.provider, fields: named });
}

async function fetchPick(applicant: Applicant, context: EvidenceContext, pick: Pick, out: Map<string, FetchedValue>): Promise<void> {
  const { resource, grant } = pick;
  const fieldOf = (key: string) => resource.fields.find((f) => f.key === key)!;
  let keys = [...pick.fields.keys()];
  let basis: 'consent' | 'statutory' | undefined;
  const sensitive = keys.map(fieldOf).filter((f) => f.sensitive);
  if (grant.statutory) basis = 'statutory';
  else if (sensitive.length > 0 && context.consent.includes(resource.code)) basis = 'consent';
  else if (sensitive.length > 0) {
    addConsentNeeded(context.consentNeeded, resource, sensitive);
    keys = keys.filter((k) => !fieldOf(k).sensitive);
  }
  if (keys.length === 0) return;
  const outcome = await lookup(
    context.ctx,
    { kind: 'broker', departmentId: grant.consumerDepartmentId, actorId: applicant.userId, grantIds: [grant.id] },
    { resource: resource.code, subject: subjectOf(applicant, resource)!, fields: keys, purpose: context.purpose, caseRef: context.caseRef, ...(basis ? { basis } : {}) },
  );
  if (!outcome.ok) return;
  const source = { zh: `${resource.provider.zh}·${resource.name.zh}`, en: `${resource.provider.en}: ${resource.name.en}` };
  for (const key of keys) {
    const value = outcome.fields[key];
    if (value === null || value === undefined || value === '' || outcome.masked.includes(key)) continue;
    out.set(pick.fields.get(key)!, { value, source, fetchedAt: outcome.fetchedAt, editable: false, resource: resource.code });
  }
}

/** The data exchange as an evidence source (needs the context: without it nothing is fetched). */
export const exchangeSource: EvidenceSource = {
  async resolve(applicant, elements, context) {
    const out = new Map<string, FetchedValue>();
    if (!context || applicant.kind === 'staff') return out;
    const wanted = elements.filter((e) => (context.consumers.get(e) ?? []).length > 0);
    const resources = await resourcesForElements(context.ctx.db, wanted);
    const consumers = [...new Set(wanted.flatMap((e) => context.consumers.get(e) ?? []))];
    const grants = await activeGrants(context.ctx.db, consumers, resources.map((r) => r.id));
    for (const pick of plan(applicant, wanted, context, resources, grants)) await fetchPick(applicant, context, pick, out);
    return out;
  },
};
