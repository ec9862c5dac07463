import type { Executor } from '../../../db/client';
import type { Lang } from '../../../platform/http/language';
import { AppError } from '../../../platform/errors/app-error';
import { listDataElements } from '../../catalog/data-elements';
import type { Grade } from '../model';
import { knownResources } from './resource-access';
import { highestGrade, referencedCodes, resourceProblems } from './resource-rules';
import type { ResourceEdit } from './schemas';

/**
 * Checks a resource definition against the vocabulary and the catalogue (422 exchange.resource_invalid naming
 * every field at once) and answers the grade to store: the highest of the declared one and the inputs'.
 */
export async function checkDefinition(exec: Executor, lang: Lang, code: string, input: ResourceEdit): Promise<{ grade: Grade; gradeDerived: boolean }> {
  const elements = new Set((await listDataElements(exec)).map((e) => e.code));
  const resources = await knownResources(exec, referencedCodes(input));
  const problems = resourceProblems({ ...input, code }, { code, elements, resources, lang });
  if (problems.length > 0) throw new AppError('exchange.resource_invalid', { details: problems });
  const grade = highestGrade(input.grade, (input.derivedFrom ?? []).flatMap((c) => resources.get(c)?.grade ?? []));
  return { grade, gradeDerived: grade !== input.grade };
}

/** The stored columns of a checked definition. */
export function definitionColumns(input: ResourceEdit, grade: Grade) {
  return {
    name: { zh: input.name.zh.trim(), en: input.name.en.trim() },
    description: input.description,
    classification: input.classification,
    subjectKind: input.subjectKind,
    fields: input.fields,
    derivedFrom: input.derivedFrom ?? [],
    grade,
    sharingType: input.sharingType,
    notSharedBasis: input.sharingType === 'not_shared' ? (input.notSharedBasis?.trim() ?? null) : (input.notSharedBasis?.trim() || null),
    method: input.method,
    openData: input.openData,
    updateCycle: input.updateCycle,
    uniqueFields: input.uniqueFields ?? [],
    releasedOn: input.releasedOn ?? null,
  };
}
