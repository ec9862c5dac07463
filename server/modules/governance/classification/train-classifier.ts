import { createHash } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { Tx } from '../../../db/client';
import { appendAudit } from '../../../platform/audit/append-audit';
import type { UseCaseContext } from '../../../platform/context';
import type { IncidentStatus } from '../model';
import { classifierModels, incidents } from '../tables';
import { forgetCachedModel } from './classify';
import { NaiveBayesModel, trainNaiveBayes, type LabelledDocument } from './naive-bayes';
import { incidentTokens } from './tokens';

export const ALGORITHM = 'multinomial_naive_bayes';
/** A new model that is worse than the active one by more than this stays inactive. */
export const WORSE_BY = 0.05;
/** Fewer dispatched incidents than this teach nothing worth using. */
const MIN_DOCUMENTS = 20;

// Incidents a person (dispatcher, or the intake's confident suggestion) put in a category and sent on its way.
const LEARNABLE: IncidentStatus[] = ['dispatched', 'accepted', 'in_progress', 'handled', 'verified', 'closed'];

export interface CategoryReport {
  /** Held-out incidents of this category. */
  support: number;
  correct: number;
  /** Of the held-out incidents predicted as this category, the share that were. */
  precision: number | null;
  recall: number | null;
}

export interface TrainingOutcome {
  modelId: string | null;
  trained: boolean;
  active: boolean;
  accuracy: number | null;
  trainCount: number;
  testCount: number;
  /** Why the model was not made active, or not trained. */
  note: string | null;
}

/** Held out: about 1 in 5 incidents, chosen by a hash of the id, so every training splits the same way. */
export function isHeldOut(incidentId: string): boolean {
  return createHash('sha256').update(incidentId).digest().readUInt32BE(0) % 5 === 0;
}

const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 10_000) / 10_000);

/**
 * Trains a model on past dispatched incidents (not sensor alarms: their text is generated), reports its accuracy
 * on the held-out split, stores it and makes it the one active model unless it is clearly worse than the active
 * one. Audited; one transaction.
 */
export async function trainClassifier(tx: Tx, ctx: UseCaseContext, trigger: string): Promise<TrainingOutcome> {
  const rows = await tx
    .select({ id: incidents.id, description: incidents.description, categoryCode: incidents.categoryCode })
    .from(incidents)
    .where(and(isNotNull(incidents.categoryCode), inArray(incidents.status, LEARNABLE), ne(incidents.channel, 'sensor')))
    .orderBy(asc(incidents.id));
  const train: LabelledDocument[] = [];
  const test: LabelledDocument[] = [];
  for (const r of rows) (isHeldOut(r.id) ? test : train).push({ tokens: incidentTokens(r.description), label: r.categoryCode! });
  if (train.length < MIN_DOCUMENTS || test.length === 0) {
    const note = `only ${rows.length} dispatched incidents to learn from`;
    await appendAudit(tx, ctx, { action: 'governance.classifier_not_trained', objectType: 'classifier_model', details: { trigger, note } });
    return { modelId: null, trained: false, active: false, accuracy: null, trainCount: train.length, testCount: test.length, note };
  }

  const parameters = trainNaiveBayes(train);
  const model = new NaiveBayesModel(parameters);
  const perCategory = new Map<string, { support: number; correct: number; predicted: number }>();
  const tally = (code: string) => perCategory.get(code) ?? perCategory.set(code, { support: 0, correct: 0, predicted: 0 }).get(code)!;
  let correct = 0;
  for (const d of test) {
    const predicted = model.predict(d.tokens)?.label ?? '';
    tally(d.label).support += 1;
    if (predicted) tally(predicted).predicted += 1;
    if (predicted === d.label) {
      correct += 1;
      tally(d.label).correct += 1;
    }
  }
  const accuracy = correct / test.length;
  const categories: Record<string, CategoryReport> = {};
  for (const [code, c] of [...perCategory].sort(([a], [b]) => a.localeCompare(b))) {
    categories[code] = { support: c.support, correct: c.correct, precision: ratio(c.correct, c.predicted), recall: ratio(c.correct, c.support) };
  }

  const [current] = await tx.select({ id: classifierModels.id, accuracy: classifierModels.accuracy }).from(classifierModels).where(eq(classifierModels.active, true)).orderBy(desc(classifierModels.trainedAt)).limit(1);
  const worse = current !== undefined && accuracy < current.accuracy - WORSE_BY;
  const note = worse ? `held-out accuracy ${accuracy.toFixed(3)} is more than ${WORSE_BY} below the active model's ${current.accuracy.toFixed(3)}; the active model stays` : null;
  if (!worse) await tx.update(classifierModels).set({ active: false }).where(eq(classifierModels.active, true));
  const [inserted] = await tx
    .insert(classifierModels)
    .values({
      algorithm: ALGORITHM,
      trainCount: train.length,
      testCount: test.length,
      accuracy,
      report: { trigger, categories, vocabularySize: parameters.vocabulary.length, keptActive: worse ? current.id : null, note },
      parameters: parameters as unknown as Record<string, unknown>,
      active: !worse,
    })
    .returning({ id: classifierModels.id });
  await appendAudit(tx, ctx, {
    action: 'governance.classifier_trained',
    objectType: 'classifier_model',
    objectId: inserted!.id,
    details: { trigger, accuracy: Math.round(accuracy * 10_000) / 10_000, trainCount: train.length, testCount: test.length, active: !worse, previousModelId: current?.id ?? null },
  });
  if (!worse) forgetCachedModel();
  return { modelId: inserted!.id, trained: true, active: !worse, accuracy, trainCount: train.length, testCount: test.length, note };
}
