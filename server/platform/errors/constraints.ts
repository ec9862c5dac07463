import { AppError } from './app-error';

interface PgLikeError {
  code?: string;
  constraint?: string;
  cause?: unknown;
  message?: string;
}

/** Finds the PostgreSQL error under driver wrappers (drizzle wraps the pg / PGlite error as `cause`). */
function pgErrorOf(error: unknown): PgLikeError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as PgLikeError;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return null;
}

/** The constraint a unique/foreign-key violation names, from `constraint` or from the message. */
export function violatedConstraint(error: unknown): string | null {
  const pgError = pgErrorOf(error);
  if (!pgError || !['23505', '23503', '23514'].includes(pgError.code ?? '')) return null;
  if (pgError.constraint) return pgError.constraint;
  const match = /constraint "([^"]+)"/.exec(pgError.message ?? '');
  return match?.[1] ?? null;
}

/**
 * The one boundary where database constraint names become domain errors. `map` gives constraint → error code;
 * anything else is rethrown unchanged.
 */
export function mapConstraintError(error: unknown, map: Record<string, string>): never {
  const constraint = violatedConstraint(error);
  const code = constraint ? map[constraint] : undefined;
  if (code) throw new AppError(code, { cause: error });
  throw error;
}
