import type { Executor } from '../../../db/client';
import { AppError } from '../../../platform/errors/app-error';
import type { Lang } from '../../../platform/http/language';
import { leafCategory } from '../places/categories';
import { serviceAttributes } from './service-attributes';

/** GET services/{service_code}.json: the service's attributes (the dynamic form), or 404 for a code that is no service. */
export async function getServiceDefinition(exec: Executor, serviceCode: string, lang: Lang) {
  const category = await leafCategory(exec, serviceCode);
  if (!category) throw new AppError('governance.open311_service_not_found', { details: { service_code: serviceCode } });
  return { service_code: category.code, attributes: serviceAttributes(category.attributes, lang) };
}
