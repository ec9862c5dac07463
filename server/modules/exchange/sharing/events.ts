// Outbox topics of the sharing workflow (payloads: see notifications/event-payloads.ts for the contracts).

/** Every change of a request: created, a step decided, refused, revoked. */
export const REQUEST_CHANGED = 'exchange.request_changed';

/** A step's reminder (approaching) or escalation (overdue), once each per step. */
export const REQUEST_DEADLINE = 'exchange.request_deadline';
