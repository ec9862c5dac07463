import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appendAudit } from '../../platform/audit/append-audit';
import type { UseCaseContext } from '../../platform/context';
import { AppError } from '../../platform/errors/app-error';
import type { FileStorage } from '../../platform/storage/file-storage';
import { storedFiles } from '../../platform/storage/tables';
import type { MaterialChoice } from './resolve-materials';
import { FORM_AAD } from './submit-application';
import { applications } from './tables';
import { loadTarget, type TargetInput } from './targets';

// Drafts save as the applicant types. They are cases in status `draft`, encrypted like any form, and purged with
// their uploads (and any fetched data inside them) when untouched for the retention period.

export interface DraftInput extends TargetInput {
  form: Record<string, unknown>;
  materials: MaterialChoice[];
}

const DRAFT_AAD = FORM_AAD;

export async function saveDraft(ctx: UseCaseContext, id: string | null, input: DraftInput, expectedVersion?: number) {
  const actor = ctx.actor!;
  const target = await loadTarget(ctx.db, input);
  const formEnc = ctx.cipher.encrypt(JSON.stringify({ form: input.form, materials: input.materials, implementation: input.implementation ?? null, lifeEvent: input.lifeEvent ?? null }), DRAFT_AAD);
  const values = {
    titleZh: target.title.zh,
    titleEn: target.title.en,
    regionCode: input.region,
    itemCode: target.kind === 'item' ? target.items[0]!.itemCode : null,
    lifeEventId: target.lifeEventId,
    formEnc,
    updatedAt: new Date(),
  };
  if (id === null) {
    const [row] = await ctx.db
      .insert(applications)
      .values({ ...values, kind: target.kind === 'item' ? 'single' : 'bundle', applicantId: actor.userId, applicantName: actor.name, status: 'draft' })
      .returning();
    return { id: row!.id, version: row!.version, updatedAt: row!.updatedAt.toISOString() };
  }
  const where = and(eq(applications.id, id), eq(applications.applicantId, actor.userId), eq(applications.status, 'draft'));
  const [current] = await ctx.db.select({ version: applications.version }).from(applications).where(where);
  if (!current) throw new AppError('applications.draft_not_found');
  if (expectedVersion !== undefined && expectedVersion !== current.version) throw new AppError('request.precondition_failed', { details: { currentVersion: current.version } });
  const [row] = await ctx.db
    .update(applications)
    .set({ ...values, version: sql`${applications.version} + 1` })
    .where(where)
    .returning();
  return { id: row!.id, version: row!.version, updatedAt: row!.updatedAt.toISOString() };
}

function draftView(ctx: UseCaseContext, row: typeof applications.$inferSelect) {
  const content = JSON.parse(ctx.cipher.decrypt(row.formEnc, DRAFT_AAD)) as { form: Record<string, unknown>; materials: MaterialChoice[]; implementation: string | null; lifeEvent: string | null };
  return {
    id: row.id,
    title: { zh: row.titleZh, en: row.titleEn },
    implementation: content.implementation,
    lifeEvent: content.lifeEvent,
    region: row.regionCode,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    form: content.form,
    materials: content.materials,
  };
}

export async function listDrafts(ctx: UseCaseContext) {
  const rows = await ctx.db
    .select()
    .from(applications)
    .where(and(eq(applications.applicantId, ctx.actor!.userId), eq(applications.status, 'draft')))
    .orderBy(desc(applications.updatedAt))
    .limit(50);
  return rows.map((r) => {
    const { form: _form, materials: _materials, ...summary } = draftView(ctx, r);
    return summary;
  });
}

export async function getDraft(ctx: UseCaseContext, id: string) {
  const [row] = await ctx.db
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), eq(applications.applicantId, ctx.actor!.userId), eq(applications.status, 'draft')));
  if (!row) throw new AppError('applications.draft_not_found');
  return draftView(ctx, row);
}

export async function deleteDraft(ctx: UseCaseContext, id: string): Promise<void> {
  const deleted = await ctx.db
    .delete(applications)
    .where(and(eq(applications.id, id), eq(applications.applicantId, ctx.actor!.userId), eq(applications.status, 'draft')))
    .returning({ id: applications.id });
  if (deleted.length === 0) throw new AppError('applications.draft_not_found');
}

/** Deletes drafts untouched for `days` and uploads never attached to a case; returns how many of each. */
export async function purgeAbandonedDrafts(ctx: UseCaseContext & { db: Db }, storage: FileStorage, days: number) {
  const before = new Date(Date.now() - days * 86_400_000);
  const purged = await ctx.db.transaction(async (tx) => {
    const drafts = await tx
      .delete(applications)
      .where(and(eq(applications.status, 'draft'), lt(applications.updatedAt, before)))
      .returning({ id: applications.id });
    const files = await tx
      .delete(storedFiles)
      // Uploads of someone with a draft still in use stay: that draft may refer to them.
      .where(
        and(
          isNull(storedFiles.attachedTo),
          lt(storedFiles.createdAt, before),
          sql`NOT EXISTS (SELECT 1 FROM ${applications} WHERE ${applications.applicantId} = ${storedFiles.ownerId} AND ${applications.status} = 'draft' AND ${applications.updatedAt} >= ${before})`,
        ),
      )
      .returning({ key: storedFiles.storageKey });
    if (drafts.length + files.length > 0) {
      await appendAudit(tx, ctx, { action: 'applications.drafts_purged', objectType: 'application', details: { drafts: drafts.length, files: files.length, olderThanDays: days } });
    }
    return { drafts: drafts.length, files };
  });
  // Bytes go after the rows commit: a failure here leaves an orphan file, never a row pointing at nothing.
  for (const f of purged.files) await storage.delete(f.key);
  return { drafts: purged.drafts, files: purged.files.length };
}
