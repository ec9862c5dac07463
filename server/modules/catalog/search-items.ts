import { and, arrayContains, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { correctTypo, isChinese, queryTokens } from '../../platform/text/segment';
import { findDepartmentsByIds } from '../identity/org-lookups';
import { resolveImplementations, type ImplementationRow } from './resolve-implementation';
import { catalogSearch, lifeEvents } from './tables';

export interface ItemSearch {
  q?: string;
  region?: string;
  /** Competent department kind (market_regulation, civil_affairs …). */
  department?: string;
  lifeEvent?: string;
  theme?: string;
  audience?: 'person' | 'enterprise';
  cursor?: string;
  limit: number;
}

export interface ItemSummary {
  code: string;
  name: { zh: string; en: string };
  type: string;
  department: string;
  departmentName: { zh: string; en: string | null } | null;
  promisedDays: number | null;
  statutoryDays: number;
  visits: number | null;
}

let vocabulary: { words: Set<string>; loadedAt: number } | null = null;
const VOCABULARY_TTL_MS = 30_000;

/** English words of all published items, for typo correction; refreshed every 30 s (only spelling depends on it). */
async function englishVocabulary(exec: Executor): Promise<Set<string>> {
  if (vocabulary && Date.now() - vocabulary.loadedAt < VOCABULARY_TTL_MS) return vocabulary.words;
  const rows = await exec.select({ words: catalogSearch.englishWords }).from(catalogSearch);
  const words = new Set(rows.flatMap((r) => r.words.split(' ').filter(Boolean)));
  vocabulary = { words, loadedAt: Date.now() };
  return words;
}

/** A tsquery matching any of the tokens; English words also match as prefixes ("licen" finds "licence"). */
function tsQuery(tokens: string[]): SQL {
  const terms = tokens.map((t) => `'${t.replace(/'/g, "''")}'${isChinese(t) ? '' : ':*'}`);
  return sql`to_tsquery('simple', ${terms.join(' | ')})`;
}

/**
 * Finds published items: Chinese queries segmented by jieba ("我要开饭店" → 开 / 饭店), English words corrected
 * for typos, ranked by relevance (name matches above keyword and material matches); filters by department kind,
 * theme, audience and life event; with a region, each result carries that region's promised limit and visits.
 */
export async function searchItems(exec: Executor, q: ItemSearch): Promise<{ items: ItemSummary[]; nextCursor: string | null }> {
  const offset = q.cursor ? Number(q.cursor) || 0 : 0;
  const filters: (SQL | undefined)[] = [
    q.department ? eq(catalogSearch.departmentKind, q.department) : undefined,
    q.theme ? arrayContains(catalogSearch.themes, [q.theme]) : undefined,
    q.audience ? arrayContains(catalogSearch.audience, [q.audience]) : undefined,
  ];
  if (q.lifeEvent) {
    const [event] = await exec.select({ content: lifeEvents.content }).from(lifeEvents).where(eq(lifeEvents.id, q.lifeEvent));
    const codes = event?.content.items.map((i) => i.itemCode) ?? [];
    filters.push(codes.length > 0 ? inArray(catalogSearch.itemCode, codes) : sql`false`);
  }
  let tokens = q.q ? queryTokens(q.q) : [];
  if (tokens.length > 0) {
    const words = await englishVocabulary(exec);
    tokens = [...new Set(tokens.map((t) => correctTypo(t, words)))];
  }
  const query = tokens.length > 0 ? tsQuery(tokens) : null;
  const rank = query ? sql<number>`ts_rank(${catalogSearch.document}, ${query})` : sql<number>`0`;
  const rows = await exec
    .select({ code: catalogSearch.itemCode, nameZh: catalogSearch.nameZh, nameEn: catalogSearch.nameEn, type: catalogSearch.type, department: catalogSearch.departmentKind, statutoryDays: catalogSearch.statutoryDays, rank })
    .from(catalogSearch)
    .where(and(...filters, query ? sql`${catalogSearch.document} @@ ${query}` : undefined))
    .orderBy(query ? sql`${rank} DESC` : asc(catalogSearch.itemCode), asc(catalogSearch.itemCode))
    .limit(q.limit + 1)
    .offset(offset);
  const page = rows.slice(0, q.limit);
  const local = q.region ? await resolveImplementations(exec, page.map((r) => r.code), q.region) : new Map<string, ImplementationRow>();
  const departments = new Map((await findDepartmentsByIds(exec, [...new Set([...local.values()].map((i) => i.departmentId))])).map((d) => [d.id, d]));
  return {
    items: page.map((r) => {
      const impl = local.get(r.code);
      const dept = impl ? departments.get(impl.departmentId) : undefined;
      return {
        code: r.code,
        name: { zh: r.nameZh, en: r.nameEn },
        type: r.type,
        department: r.department,
        departmentName: dept ? { zh: dept.name, en: dept.nameEn } : null,
        promisedDays: impl?.promisedDays ?? null,
        statutoryDays: r.statutoryDays,
        visits: impl?.visits ?? null,
      };
    }),
    nextCursor: rows.length > q.limit ? String(offset + q.limit) : null,
  };
}
