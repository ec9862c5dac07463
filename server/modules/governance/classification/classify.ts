import { eq } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import { classifierModels } from '../tables';
import { NaiveBayesModel, type NaiveBayesParameters } from './naive-bayes';
import { incidentTokens } from './tokens';

export interface Classification {
  categoryCode: string;
  /** Posterior probability of the top category, 0–1. */
  confidence: number;
  modelId: string;
}

/** Incidents classified at or above this confidence may be dispatched without the dispatcher. */
export const CONFIDENT = 0.6;

/** How long a process trusts its cached model before asking which model is active again. */
const RECHECK_MS = 30_000;

interface Cached {
  modelId: string | null;
  model: NaiveBayesModel | null;
  checkedAt: number;
}

// One per process: intake calls classifyText on every request, so the model is parsed once and the database is
// asked at most every 30 s whether another process trained a newer one.
let cached: Cached | null = null;

/** The active model (cached); null when none is active. */
export async function activeModel(exec: Executor): Promise<{ id: string; model: NaiveBayesModel } | null> {
  const now = Date.now();
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.modelId && cached.model ? { id: cached.modelId, model: cached.model } : null;
  const [active] = await exec.select({ id: classifierModels.id }).from(classifierModels).where(eq(classifierModels.active, true)).limit(1);
  if (!active) {
    cached = { modelId: null, model: null, checkedAt: now };
    return null;
  }
  if (cached?.modelId !== active.id || !cached.model) {
    const [row] = await exec.select({ parameters: classifierModels.parameters }).from(classifierModels).where(eq(classifierModels.id, active.id));
    if (!row) return null;
    cached = { modelId: active.id, model: new NaiveBayesModel(row.parameters as unknown as NaiveBayesParameters), checkedAt: now };
  } else {
    cached.checkedAt = now;
  }
  return { id: active.id, model: cached.model! };
}

/** Makes this process ask for the active model on its next use (after a training here, or in tests). */
export function forgetCachedModel(): void {
  cached = null;
}

/** The active model's best category for a text; null when no model has been trained. Fast: the model is cached. */
export async function classifyText(exec: Executor, text: string): Promise<Classification | null> {
  const active = await activeModel(exec);
  if (!active) return null;
  const prediction = active.model.predict(incidentTokens(text));
  if (!prediction) return null;
  return { categoryCode: prediction.label, confidence: prediction.confidence, modelId: active.id };
}
