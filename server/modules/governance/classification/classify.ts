import type { Executor } from '../../../db/client';

// OWNER: classification helper. Contract used by intake; replace the body, keep the signature.

export interface Classification {
  categoryCode: string;
  /** Posterior probability of the top category, 0–1. */
  confidence: number;
  modelId: string;
}

/** Incidents classified at or above this confidence may be dispatched without the dispatcher. */
export const CONFIDENT = 0.6;

/** The active model's best category for a text; null when no model has been trained. Fast: the model is cached. */
export async function classifyText(exec: Executor, text: string): Promise<Classification | null> {
  void exec;
  void text;
  throw new Error('classifyText: not implemented yet');
}
