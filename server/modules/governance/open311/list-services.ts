import { asc } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { Lang } from '../../../platform/http/language';
import { queryTokens } from '../../../platform/text/segment';
import { incidentCategories } from '../tables';
import { serviceAttributes } from './service-attributes';

// GET services.json: every leaf of the category tree is a service; its group is its parent's name. Keywords are the
// words of the name and the group (jieba for Chinese), so a client's search finds 乱停车 under 停车 or 交通.

function keywords(name: string, group: string): string {
  return [...new Set([...queryTokens(name), group])].join(', ');
}

export async function listServices(exec: Executor, lang: Lang) {
  const rows = await exec.select().from(incidentCategories).orderBy(asc(incidentCategories.sortOrder), asc(incidentCategories.code));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return rows
    .filter((r) => r.departmentKind !== null)
    .map((r) => {
      const group = (r.parentCode ? byCode.get(r.parentCode)?.name[lang] : undefined) ?? '';
      const name = r.name[lang];
      const hours = lang === 'en' ? `handled within ${r.workingDays} working days (${r.urgentHours} hours when urgent)` : `${r.workingDays} 个工作日内办理（紧急 ${r.urgentHours} 小时）`;
      return {
        service_code: r.code,
        service_name: name,
        description: lang === 'en' ? `${group ? `${group}: ` : ''}${name}; ${hours}.` : `${group ? `${group}：` : ''}${name}，${hours}。`,
        metadata: serviceAttributes(r.attributes, lang).length > 0,
        type: 'realtime' as const,
        keywords: keywords(name, group),
        group,
      };
    });
}
