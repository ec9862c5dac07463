import type { Executor } from '../../../db/client';
import type { IntakeScope } from '../model';
import type { intakeClients } from '../tables';

// OWNER: sensors helper. Contract used by sensor readings and Open311; replace the body, keep the signature.

export type IntakeClientRow = typeof intakeClients.$inferSelect;

/**
 * The intake client a presented key (`ywk_<prefix>_<secret>`, from a Bearer header or Open311's `api_key`) belongs
 * to, if it is well formed, matches its stored hash, is not revoked and holds the scope. Otherwise throws
 * `governance.unauthenticated` (missing, malformed, unknown, revoked) or `governance.scope_denied`.
 */
export async function authenticateIntakeClient(exec: Executor, presentedKey: string | undefined, scope: IntakeScope): Promise<IntakeClientRow> {
  void exec;
  void presentedKey;
  void scope;
  throw new Error('authenticateIntakeClient: not implemented yet');
}
