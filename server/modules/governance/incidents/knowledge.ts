import type { Executor } from '../../../db/client';
import { searchItems } from '../../catalog/search-items';

export interface KnowledgeEntry {
  code: string;
  name: { zh: string; en: string };
  summary: { zh: string; en: string };
  link: string;
}

/** The 12345 knowledge base: the service guides of the catalogue, found by the catalogue's own search. */
export async function searchKnowledge(exec: Executor, q: string, limit = 10): Promise<{ items: KnowledgeEntry[] }> {
  const found = await searchItems(exec, { q, limit });
  return {
    items: found.items.map((item) => ({
      code: item.code,
      name: item.name,
      summary: {
        zh: `${item.departmentName?.zh ?? item.department}办理，法定时限 ${item.statutoryDays} 个工作日${item.promisedDays !== null ? `，承诺 ${item.promisedDays} 个工作日` : ''}`,
        en: `Handled by ${item.departmentName?.en ?? item.departmentName?.zh ?? item.department}; statutory limit ${item.statutoryDays} working days${item.promisedDays !== null ? `, promised ${item.promisedDays}` : ''}`,
      },
      link: `/services/${encodeURIComponent(item.code)}`,
    })),
  };
}
