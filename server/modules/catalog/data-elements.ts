import { asc } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import type { DataElement } from './catalogue-format';
import { dataElements } from './tables';
import type { Static } from 'typebox';

/** The data-element vocabulary (shared with the data exchange). */
export async function listDataElements(exec: Executor): Promise<Static<typeof DataElement>[]> {
  const rows = await exec.select().from(dataElements).orderBy(asc(dataElements.code));
  return rows.map((e) => ({
    code: e.code,
    name: { zh: e.nameZh, en: e.nameEn },
    subject: e.subject as Static<typeof DataElement>['subject'],
    type: e.type as Static<typeof DataElement>['type'],
    isPersonalInformation: e.isPersonalInformation,
    isSensitive: e.isSensitive,
  }));
}
