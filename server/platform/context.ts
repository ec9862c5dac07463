import type { Actor } from './access/actor';
import type { Db } from '../db/client';
import type { FieldCipher } from './crypto/field-cipher';
import type { Signer } from './crypto/signing';
import type { WorkingCalendar } from './calendar/working-calendar';
import type { Lang } from './http/language';
import type { FileStorage } from './storage/file-storage';

/** Process-wide services a use case may need, built once at start. */
export interface Services {
  db: Db;
  cipher: FieldCipher;
  signer: Signer;
  /** The official working-day calendar (deadlines); refreshed from the database's loaded arrangements. */
  calendar: WorkingCalendar;
  /** Uploaded files (bytes outside the database). */
  storage: FileStorage;
}

/** What every use case receives besides its plain input: never a Fastify request. */
export interface UseCaseContext extends Services {
  actor: Actor | null;
  requestId: string;
  ip: string | null;
  lang: Lang;
  /** Set for work no person started (seed, jobs, CLI): audited as `system:<origin>`. */
  origin?: string;
}

/** A context for work that no person started (seed, jobs, CLI). */
export function systemContext(services: Services, requestId = 'system'): UseCaseContext {
  return { ...services, actor: null, requestId, ip: null, lang: 'zh', origin: requestId };
}
