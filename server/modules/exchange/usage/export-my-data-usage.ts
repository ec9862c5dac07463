import type { UseCaseContext } from '../../../platform/context';
import { allMyDataUsage, type UsageFilter } from './list-my-data-usage';
import type { UsageItem } from './usage-view';

// The export of "who used my data": CSV (UTF-8 with BOM so spreadsheet programs read Chinese) or JSON.

const HEADERS = {
  zh: ['时间', '方式', '结果', '依据', '使用部门', '提供部门', '数据资源', '字段', '用途', '办件编号'],
  en: ['Time', 'Method', 'Result', 'Basis', 'Department', 'Provider', 'Resource', 'Fields', 'Purpose', 'Case'],
};

/** Quotes a cell, and defuses one a spreadsheet would run as a formula (=, +, -, @). */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function usageCsv(items: UsageItem[], lang: 'zh' | 'en'): string {
  const lines = [HEADERS[lang].join(',')];
  for (const i of items) {
    const cells = [
      i.at,
      i.method,
      i.result,
      i.basis ?? '',
      i.department?.name[lang] ?? '',
      i.provider?.name[lang] ?? '',
      i.resource.name[lang],
      i.fields.map((f) => f.name[lang]).join('; '),
      i.purpose,
      i.case?.caseNumber ?? i.caseRef ?? '',
    ];
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function exportMyDataUsage(ctx: UseCaseContext, filter: Omit<UsageFilter, 'cursor' | 'limit'>, format: 'csv' | 'json'): Promise<{ body: string; contentType: string; fileName: string }> {
  const items = await allMyDataUsage(ctx, filter);
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === 'json') return { body: JSON.stringify({ exportedAt: new Date().toISOString(), items }, null, 2), contentType: 'application/json; charset=utf-8', fileName: `data-usage-${stamp}.json` };
  return { body: usageCsv(items, ctx.lang === 'en' ? 'en' : 'zh'), contentType: 'text/csv; charset=utf-8', fileName: `data-usage-${stamp}.csv` };
}
