import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { Actor } from '../../platform/access/actor';
import type { UseCaseContext } from '../../platform/context';
import { todayInChina } from '../../platform/calendar/working-calendar';
import { storedFiles } from '../../platform/storage/tables';
import type { StandardItemContent } from '../catalog/catalogue-format';
import { findDepartmentsByIds } from '../identity/org-lookups';
import { findLicenceSummaries } from '../licences/find-licence-summaries';
import { findVisibleCase } from './case-access';
import { deadlineNow } from './clock';
import type { ApplicationRow } from './record-transition';
import { FORM_AAD } from './submit-application';
import { applicationEvents, applications, caseRatings } from './tables';
import { loadCaseItem } from './targets';
import { availableActions } from './workflow';
import { displayNames } from '../identity/person-facts';
import { fieldKey } from '../catalog/life-event-plan';

type Item = StandardItemContent;

/** Loads pinned item versions once per (code, version) for a page of cases. */
export function itemCache(exec: Executor) {
  const cache = new Map<string, Promise<Item>>();
  return (row: ApplicationRow): Promise<Item | null> => {
    if (!row.itemCode || !row.itemVersion) return Promise.resolve(null);
    const key = `${row.itemCode}@${row.itemVersion}`;
    if (!cache.has(key)) cache.set(key, loadCaseItem(exec, row.itemCode, row.itemVersion));
    return cache.get(key)!;
  };
}

/** The list shape of many cases at once (departments, assignees and items looked up in batches). */
export async function summarise(ctx: UseCaseContext, rows: ApplicationRow[]) {
  const departments = new Map((await findDepartmentsByIds(ctx.db, [...new Set(rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])))])).map((d) => [d.id, d]));
  const names = await displayNames(ctx.db, rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : [])));
  const itemOf = itemCache(ctx.db);
  const today = todayInChina();
  return Promise.all(
    rows.map(async (r) => {
      const item = await itemOf(r);
      const step = item && ['submitted', 'in_review', 'approved', 'supplement_requested'].includes(r.status) ? item.workflow[r.stepIndex] : undefined;
      const d = r.departmentId ? departments.get(r.departmentId) : undefined;
      return {
        id: r.id,
        caseNumber: r.caseNumber ?? '',
        kind: r.kind,
        title: { zh: r.titleZh, en: r.titleEn },
        status: r.status,
        itemCode: r.itemCode,
        lifeEventId: r.lifeEventId,
        applicantName: r.applicantName,
        department: d ? { code: d.code, name: d.name, nameEn: d.nameEn } : null,
        regionCode: r.regionCode,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        updatedAt: r.updatedAt.toISOString(),
        dueOn: r.dueOn,
        dueProvisional: r.dueProvisional,
        ...deadlineNow(ctx.calendar, r, today),
        escalated: r.escalatedAt !== null,
        assignee: r.assigneeId ? { id: r.assigneeId, name: names.get(r.assigneeId) ?? '' } : null,
        currentStep: step ? { index: r.stepIndex, name: step.name, role: step.role } : null,
        version: r.version,
      };
    }),
  );
}

/** Everything one case page shows: form, materials with sources, steps, one timeline, children, what I can do. */
export async function getApplication(ctx: UseCaseContext, id: string) {
  const actor = ctx.actor!;
  const row = await findVisibleCase(ctx.db, actor, id);
  // The applicant sees a life event as one case: children and one merged timeline. Staff see only their own case.
  const children = row.kind === 'bundle' ? await ctx.db.select().from(applications).where(eq(applications.parentId, row.id)).orderBy(asc(applications.caseNumber)) : [];
  const timelineIds = [row.id, ...children.map((c) => c.id)];
  const numbers = new Map([row, ...children].map((c) => [c.id, c.caseNumber ?? '']));
  const events = await ctx.db.select().from(applicationEvents).where(inArray(applicationEvents.applicationId, timelineIds)).orderBy(asc(applicationEvents.at), asc(applicationEvents.id));
  const [summary] = await summarise(ctx, [row]);
  const item = await itemCache(ctx.db)(row);
  const form = JSON.parse(ctx.cipher.decrypt(row.formEnc, FORM_AAD)) as Record<string, unknown>;
  const [rating] = await ctx.db.select().from(caseRatings).where(eq(caseRatings.applicationId, row.id));
  // A department sees only its own child case of a life event, not the bundle it belongs to.
  const parent = row.parentId && actor.userId === row.applicantId ? (await ctx.db.select().from(applications).where(eq(applications.id, row.parentId)))[0] : undefined;
  const actions = availableActions(row, item?.workflow ?? [], actor);
  const isApplicant = actor.userId === row.applicantId;
  const canRate = isApplicant && row.status === 'completed' && row.kind !== 'child' && !rating;
  return {
    ...summary!,
    fields: row.kind === 'bundle' ? await bundleFields(ctx, children, form) : formFields(item, form),
    materials: (await materialViews(ctx, row, item)).views,
    timeline: events.map((e) => ({ at: e.at.toISOString(), actorName: e.actorName, action: e.action, fromStatus: e.fromStatus, toStatus: e.toStatus, note: e.note, caseNumber: numbers.get(e.applicationId) ?? '' })),
    steps: (item?.workflow ?? []).map((s, index) => ({ index, kind: s.kind, name: s.name, role: s.role, state: stepState(row, index) })),
    supplementRequest: row.supplementRequest ? { items: row.supplementRequest.items, note: row.supplementRequest.note, requestedAt: row.supplementRequest.requestedAt } : null,
    decision: row.decision,
    licence: row.licenceId && item?.issuesElicence ? { id: row.licenceId, number: (await findLicenceSummaries(ctx.db, [row.licenceId])).get(row.licenceId)?.number ?? '', type: item.issuesElicence } : null,
    promisedDays: row.promisedDays,
    extensionDays: row.extensionDays,
    acceptedOn: row.acceptedOn,
    children: await summarise(ctx, children),
    parent: parent ? { id: parent.id, caseNumber: parent.caseNumber ?? '', title: { zh: parent.titleZh, en: parent.titleEn } } : null,
    availableActions: actions,
    rating: rating ? { score: rating.score, tags: rating.tags, comment: rating.comment, createdAt: rating.createdAt.toISOString() } : null,
    canRate,
    expected: isApplicant && (row.status === 'supplement_requested' || children.some((c) => c.status === 'supplement_requested')) ? ('supplement' as const) : canRate ? ('rate' as const) : ('none' as const),
  };
}

function stepState(row: ApplicationRow, index: number): 'done' | 'current' | 'todo' {
  if (['completed', 'delivered'].includes(row.status)) return 'done';
  if (['waiting', 'not_accepted', 'withdrawn', 'denied'].includes(row.status)) return index < row.stepIndex ? 'done' : 'todo';
  return index < row.stepIndex ? 'done' : index === row.stepIndex ? 'current' : 'todo';
}

function formFields(item: Item | null, form: Record<string, unknown>) {
  const properties = item?.form.properties ?? Object.fromEntries(Object.keys(form).map((k) => [k, {}]));
  return Object.entries(properties)
    .filter(([key]) => key in form)
    .map(([key, raw]) => {
      const schema = (raw ?? {}) as Record<string, unknown>;
      const zh = typeof schema.title === 'string' ? schema.title : key;
      return { key, title: { zh, en: typeof schema['x-title-en'] === 'string' ? schema['x-title-en'] : zh }, value: form[key] };
    });
}

/** A life event's one form: keys are data elements or `CODE:field`; titles come from the children's items. */
async function bundleFields(ctx: UseCaseContext, children: ApplicationRow[], form: Record<string, unknown>) {
  const itemOf = itemCache(ctx.db);
  const titles = new Map<string, { zh: string; en: string }>();
  for (const child of children) {
    const item = await itemOf(child);
    for (const [name, raw] of Object.entries(item?.form.properties ?? {})) {
      const schema = (raw ?? {}) as Record<string, unknown>;
      const key = fieldKey(child.itemCode ?? '', name, typeof schema['x-element'] === 'string' ? schema['x-element'] : null);
      const zh = typeof schema.title === 'string' ? schema.title : name;
      if (!titles.has(key)) titles.set(key, { zh, en: typeof schema['x-title-en'] === 'string' ? schema['x-title-en'] : zh });
    }
  }
  return Object.entries(form).map(([key, value]) => ({ key, title: titles.get(key) ?? { zh: key, en: key }, value }));
}

async function materialViews(ctx: UseCaseContext, row: ApplicationRow, item: Item | null) {
  const fileIds = row.materials.flatMap((m) => (m.fileId ? [m.fileId] : []));
  const files = fileIds.length ? await ctx.db.select().from(storedFiles).where(inArray(storedFiles.id, fileIds)) : [];
  const licences = await findLicenceSummaries(ctx.db, row.materials.flatMap((m) => (m.licenceId ? [m.licenceId] : [])));
  return { licences, views: materialList(row, item, files, licences) };
}

function materialList(row: ApplicationRow, item: Item | null, files: (typeof storedFiles.$inferSelect)[], licences: Map<string, { number: string; issuerName: string }>) {
  return row.materials.map((m) => {
    const def = item?.materials.find((x) => x.id === m.id);
    const file = files.find((f) => f.id === m.fileId);
    const licence = m.licenceId ? licences.get(m.licenceId) : undefined;
    return {
      id: m.id,
      name: def?.name ?? { zh: m.id, en: m.id },
      source: def?.source ?? 'upload',
      provision: m.provision,
      licence: licence ? { id: m.licenceId!, number: licence.number, issuer: licence.issuerName } : null,
      file: file ? { id: file.id, fileName: file.fileName, mediaType: file.mediaType, sha256: file.sha256 } : null,
      statement: m.statement ?? null,
      pendingFrom: m.pendingFrom ?? null,
      /** A material proved from shared data (no licence, no file): the fact and its source as fetched. */
      shared: m.provision === 'fetched' && !m.licenceId && m.source ? { fact: m.source, fetchedAt: m.fetchedAt ?? null } : null,
    };
  });
}

export type CaseViewData = Awaited<ReturnType<typeof getApplication>>;
export type { Actor };
