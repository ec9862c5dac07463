import { desc, eq } from 'drizzle-orm';
import type { UseCaseContext } from '../../../platform/context';
import { classifierModels, incidentCategories } from '../tables';
import type { CategoryReport } from './train-classifier';

interface StoredReport {
  trigger?: string;
  note?: string | null;
  vocabularySize?: number;
  categories?: Record<string, CategoryReport>;
}

/** The active model with its held-out report per category, and the last 10 trainings (console). */
export async function classifierStatus(ctx: UseCaseContext) {
  const { db } = ctx;
  const columns = {
    id: classifierModels.id,
    algorithm: classifierModels.algorithm,
    trainedAt: classifierModels.trainedAt,
    trainCount: classifierModels.trainCount,
    testCount: classifierModels.testCount,
    accuracy: classifierModels.accuracy,
    active: classifierModels.active,
    report: classifierModels.report,
  };
  const recent = await db.select(columns).from(classifierModels).orderBy(desc(classifierModels.trainedAt)).limit(10);
  const [active] = await db.select(columns).from(classifierModels).where(eq(classifierModels.active, true)).limit(1);
  const names = new Map((await db.select({ code: incidentCategories.code, name: incidentCategories.name }).from(incidentCategories)).map((c) => [c.code, c.name]));
  const report = (active?.report ?? {}) as StoredReport;
  return {
    active: active
      ? {
          id: active.id,
          algorithm: active.algorithm,
          trainedAt: active.trainedAt.toISOString(),
          trainCount: active.trainCount,
          testCount: active.testCount,
          accuracy: active.accuracy,
          vocabularySize: report.vocabularySize ?? null,
          categories: Object.entries(report.categories ?? {}).map(([code, c]) => ({ code, name: names.get(code) ?? null, ...c })),
        }
      : null,
    trainings: recent.map((m) => {
      const r = m.report as StoredReport;
      return { id: m.id, trainedAt: m.trainedAt.toISOString(), accuracy: m.accuracy, trainCount: m.trainCount, testCount: m.testCount, active: m.active, trigger: r.trigger ?? null, note: r.note ?? null };
    }),
  };
}
