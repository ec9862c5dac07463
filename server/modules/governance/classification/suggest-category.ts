import { AppError, validationError } from '../../../platform/errors/app-error';
import type { UseCaseContext } from '../../../platform/context';
import { departmentsByIds, departmentsOfKindIn } from '../../identity/department-queries';
import { regionCodesAtLevel } from '../../identity/org-lookups';
import type { I18nText } from '../model';
import { leafCategory } from '../places/categories';
import { resolveDispatch } from '../places/dispatch';
import { locatePoint } from '../places/locate';
import { classifyText } from './classify';

export interface SuggestInput {
  text: string;
  lat?: number;
  lng?: number;
}

export interface CategorySuggestion {
  category: { code: string; name: I18nText };
  department: { id: string; name: I18nText } | null;
  confidence: number;
}

/**
 * What the classifier suggests for a text: the category with its confidence and the department that would take it,
 * there (dispatch rules for the place) or, without a place, the city's department of the category's kind.
 */
export async function suggestCategory(ctx: UseCaseContext, input: SuggestInput): Promise<CategorySuggestion> {
  if ((input.lat === undefined) !== (input.lng === undefined)) {
    const field = input.lat === undefined ? 'lat' : 'lng';
    throw validationError([{ field, rule: 'together', message: 'lat and lng are given together' }]);
  }
  if (input.text.trim().length < 4) throw validationError([{ field: 'text', rule: 'minLength', message: 'at least 4 characters besides spaces' }]);
  const { db } = ctx;
  const suggestion = await classifyText(db, input.text);
  if (!suggestion) throw new AppError('governance.no_model');
  const category = await leafCategory(db, suggestion.categoryCode);
  // A model trained before a category was removed from the tree: the code still says what it is.
  const name = category?.name ?? { zh: suggestion.categoryCode, en: suggestion.categoryCode };
  let departmentId: string | null = null;
  if (input.lat !== undefined && input.lng !== undefined) {
    const place = await locatePoint(db, { lat: input.lat, lng: input.lng });
    // A code that is no longer a leaf has no dispatch rule to follow.
    departmentId = category ? ((await resolveDispatch(db, category, place))?.leadDepartmentId ?? null) : null;
  } else if (category?.departmentKind) {
    const [department] = await departmentsOfKindIn(db, [category.departmentKind], await regionCodesAtLevel(db, 'city'));
    departmentId = department?.id ?? null;
  }
  const department = departmentId ? (await departmentsByIds(db, [departmentId])).get(departmentId) : undefined;
  return {
    category: { code: suggestion.categoryCode, name },
    department: department ? { id: department.id, name: { zh: department.name, en: department.nameEn ?? department.name } } : null,
    confidence: Math.round(suggestion.confidence * 10_000) / 10_000,
  };
}
