import type { Static } from 'typebox';
import type { Tx } from '../../../db/client';
import type { UseCaseContext } from '../../../platform/context';
import { validationError } from '../../../platform/errors/app-error';
import type { Standing } from './access';
import type { IncidentRow } from './register-incident';
import type { ActionInput } from './schemas';

export type ActionBody = Static<typeof ActionInput>;

/** What every action handler gets: the locked row, how the person stands to it, the body and the version seen. */
export interface ActionContext {
  tx: Tx;
  ctx: UseCaseContext;
  row: IncidentRow;
  standing: Standing;
  body: ActionBody;
  expectedVersion: number | undefined;
}

/** A body field the action needs (trimmed text, or any value): 422 naming it when missing. */
export function required<K extends keyof ActionBody>(body: ActionBody, field: K): NonNullable<ActionBody[K]> {
  const value = body[field];
  const blank = value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
  if (blank) throw validationError([{ field: String(field), rule: 'required', message: '' }]);
  return (typeof value === 'string' ? value.trim() : value) as NonNullable<ActionBody[K]>;
}
