import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { isChinese, segment } from '../../platform/text/segment';
import type { StandardItemContent } from './catalogue-format';
import { catalogSearch } from './tables';

/** Writes (or replaces) the search row of a published item version. */
export async function indexItem(exec: Executor, version: number, item: StandardItemContent): Promise<void> {
  const nameText = `${item.name.zh} ${item.name.en}`;
  const otherText = [...item.keywords, ...item.themes, ...item.materials.map((m) => `${m.name.zh} ${m.name.en}`), ...item.conditions.map((c) => c.text.zh)].join(' ');
  const nameTokens = segment(nameText).join(' ');
  const otherTokens = segment(otherText).join(' ');
  const englishWords = [...new Set([...segment(`${item.name.en} ${item.keywords.join(' ')}`)].filter((t) => !isChinese(t) && /^[a-z]+$/.test(t)))].join(' ');
  const document = sql`setweight(to_tsvector('simple', ${nameTokens}), 'A') || setweight(to_tsvector('simple', ${otherTokens}), 'B')`;
  const row = {
    itemCode: item.code,
    version,
    nameZh: item.name.zh,
    nameEn: item.name.en,
    type: item.type,
    departmentKind: item.departmentKind,
    audience: [...item.audience],
    themes: [...item.themes],
    statutoryDays: item.statutoryDays,
    englishWords,
  };
  await exec
    .insert(catalogSearch)
    .values({ ...row, document })
    .onConflictDoUpdate({ target: catalogSearch.itemCode, set: { ...row, document } });
}
