import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { ProblemList } from '../../platform/errors/app-error';
import { storedFiles } from '../../platform/storage/tables';
import { findHeldLicences } from '../licences/find-held-licences';
import { displayValue, type FetchedValue } from './evidence';
import type { PlannedMaterial } from './plan';
import type { CaseMaterial } from './tables';

export interface MaterialChoice {
  key: string;
  provision: 'fetched' | 'upload' | 'commitment';
  fileId?: string | undefined;
}

export const COMMITMENT_TEXT = {
  zh: '本人承诺所提供的信息真实、准确、完整，符合办理条件；如有不实，愿承担相应法律责任，并接受撤销决定。',
  en: 'I declare that the information given is true, accurate and complete and that I meet the conditions; I accept legal responsibility and revocation if it is not.',
};

/** What the platform can fetch for each material: e-licences the applicant holds (免证办); shared data comes from the broker. */
export async function fetchableLicences(exec: Executor, applicantId: string, planned: PlannedMaterial[]) {
  const types = [...new Set(planned.filter((m) => m.source === 'elicence' && m.sourceRef).map((m) => m.sourceRef!))];
  return findHeldLicences(exec, applicantId, types);
}

/**
 * Turns the applicant's choices into each item's materials: fetched (a licence they hold), upload (their own
 * unattached file in an accepted format), commitment (where allowed) or pending (produced inside the bundle).
 * Every problem is added to `problems` under `materials.<key>`. Returns item code → materials.
 */
export async function resolveMaterials(
  exec: Executor,
  applicantId: string,
  planned: PlannedMaterial[],
  choices: MaterialChoice[],
  problems: ProblemList,
  /** element → value fetched through the data exchange, for shared-data materials. */
  shared: ReadonlyMap<string, FetchedValue> = new Map(),
): Promise<Map<string, CaseMaterial[]>> {
  const byKey = new Map(choices.map((c) => [c.key, c]));
  for (const c of choices) if (!planned.some((p) => p.key === c.key)) problems.add(`materials.${c.key}`, 'not_asked', '');
  const held = await fetchableLicences(exec, applicantId, planned);
  const fileIds = choices.flatMap((c) => (c.provision === 'upload' && c.fileId ? [c.fileId] : []));
  const files = fileIds.length
    ? await exec
        .select()
        .from(storedFiles)
        .where(and(inArray(storedFiles.id, fileIds), eq(storedFiles.ownerId, applicantId), isNull(storedFiles.attachedTo)))
    : [];
  const now = new Date().toISOString();
  const out = new Map<string, CaseMaterial[]>();
  const add = (itemCode: string, m: CaseMaterial) => out.set(itemCode, [...(out.get(itemCode) ?? []), m]);

  for (const p of planned) {
    const choice = byKey.get(p.key);
    let provided: Omit<CaseMaterial, 'id'> | null = null;
    if (choice?.provision === 'fetched') {
      const licence = p.sourceRef ? held.get(p.sourceRef) : undefined;
      const fact = p.source === 'shared_data' && p.sourceRef ? shared.get(p.sourceRef) : undefined;
      if (licence) provided = { provision: 'fetched', licenceId: licence.id, source: licence.issuerName, fetchedAt: now };
      // Shared data proves the material itself: the fact with its provider and resource, as fetched for the case.
      else if (fact?.resource) provided = { provision: 'fetched', source: `${fact.source.zh}：${displayValue(fact.value)}`, fetchedAt: fact.fetchedAt };
      else problems.add(`materials.${p.key}`, 'not_held', '');
    } else if (choice?.provision === 'upload') {
      const file = files.find((f) => f.id === choice.fileId);
      const format = file?.mediaType === 'application/pdf' ? 'pdf' : file?.mediaType === 'image/png' ? 'png' : 'jpeg';
      if (!file) problems.add(`materials.${p.key}`, 'file_unknown', '');
      else if (!p.formats.includes(format)) problems.add(`materials.${p.key}`, 'file_format', '');
      else provided = { provision: 'upload', fileId: file.id, sha256: file.sha256 };
    } else if (choice?.provision === 'commitment') {
      if (p.commitmentAllowed) provided = { provision: 'commitment', statement: COMMITMENT_TEXT.zh, signedAt: now };
      else problems.add(`materials.${p.key}`, 'commitment_not_allowed', '');
    }
    for (const t of p.targets) {
      if (t.producedBy) add(t.itemCode, { id: t.materialId, provision: 'pending', pendingFrom: t.producedBy });
      else if (provided) add(t.itemCode, { id: t.materialId, ...provided });
    }
    const needed = p.targets.some((t) => !t.producedBy);
    if (needed && !provided && !choice && p.required) problems.add(`materials.${p.key}`, 'required', '');
  }
  return out;
}

/** Marks the files as part of a case: they are no longer purged with abandoned drafts. */
export async function attachFiles(exec: Executor, caseId: string, materials: CaseMaterial[]): Promise<void> {
  const ids = materials.flatMap((m) => (m.fileId ? [m.fileId] : []));
  if (ids.length) await exec.update(storedFiles).set({ attachedTo: caseId }).where(inArray(storedFiles.id, ids));
}
