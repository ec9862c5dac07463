import type { Static, TSchema } from 'typebox';
import type { FieldCipher } from '../../platform/crypto/field-cipher';
import type { JobDefinition } from '../../platform/jobs/job-queue';
import { createNotices, type Notice } from './create-notices';
import { parseEvent } from './event-payloads';

/**
 * A handler that turns one event into inbox notices: the payload is checked against its contract (a broken one
 * fails the job loudly), then `notices` says who hears what. Exactly once per event through processed_events
 * and the notice key.
 */
export function noticeJob<S extends TSchema>(spec: { name: string; topic: string; contract: S; notices(event: Static<S>): Notice[] }) {
  return (cipher: FieldCipher): JobDefinition<Record<string, unknown>> => ({
    name: spec.name,
    async handle(tx, payload, meta) {
      await createNotices(tx, cipher, meta.eventId, spec.notices(parseEvent(spec.topic, spec.contract, payload)));
    },
  });
}

/** One notice with the same text for each distinct recipient. */
export function toEach(recipientIds: readonly string[], notice: Omit<Notice, 'userId'>): Notice[] {
  return [...new Set(recipientIds)].map((userId) => ({ userId, ...notice }));
}
