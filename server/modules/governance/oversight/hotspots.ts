import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client';
import type { I18nText } from '../model';
import type { HotspotView, ProactiveSuggestionView } from './schemas';

// Hotspots: where one kind of problem keeps coming back. Incidents of the last 30 days counted by grid and category
// (duplicates included: each is a person who saw it); a cluster at or above the threshold is a hotspot, compared
// with the 30 days before to show whether it is rising. Each hotspot becomes a 未诉先办 suggestion for its district.

export const HOTSPOT_DAYS = 30;
export const HOTSPOT_THRESHOLD = 5;

export type Hotspot = HotspotView;

export async function findHotspots(exec: Executor, opts: { district?: string; now?: Date; threshold?: number } = {}): Promise<Hotspot[]> {
  const now = opts.now ?? new Date();
  const since = new Date(now.getTime() - HOTSPOT_DAYS * 86_400_000);
  const before = new Date(since.getTime() - HOTSPOT_DAYS * 86_400_000);
  const threshold = opts.threshold ?? HOTSPOT_THRESHOLD;
  const district = opts.district ? sql`AND i.district_code = ${opts.district}` : sql``;
  const result = await exec.execute(sql`
    SELECT i.grid_code, i.category_code, i.district_code,
           count(*) FILTER (WHERE i.created_at >= ${since.toISOString()}::timestamptz) AS n,
           count(*) FILTER (WHERE i.created_at < ${since.toISOString()}::timestamptz) AS previous,
           g.name AS grid_name, (g.min_lat + g.max_lat) / 2 AS lat, (g.min_lng + g.max_lng) / 2 AS lng,
           g.max_lat - g.min_lat AS span_lat,
           c.name AS category_name, c.department_kind, r.name AS district_zh, r.name_en AS district_en
      FROM incidents i
      JOIN grids g ON g.code = i.grid_code
      JOIN incident_categories c ON c.code = i.category_code
      JOIN regions r ON r.code = i.district_code
     WHERE i.created_at >= ${before.toISOString()}::timestamptz AND i.created_at < ${now.toISOString()}::timestamptz ${district}
     GROUP BY i.grid_code, i.category_code, i.district_code, g.name, g.min_lat, g.max_lat, g.min_lng, g.max_lng, c.name, c.department_kind, r.name, r.name_en
    HAVING count(*) FILTER (WHERE i.created_at >= ${since.toISOString()}::timestamptz) >= ${threshold}
     ORDER BY n DESC, i.grid_code, i.category_code`);
  const rows = (Array.isArray(result) ? result : (result as { rows: Record<string, unknown>[] }).rows) as Record<string, unknown>[];
  return rows.map((r) => {
    const count = Number(r.n);
    const previousCount = Number(r.previous);
    return {
      id: `${String(r.grid_code)}:${String(r.category_code)}`,
      gridCode: String(r.grid_code),
      grid: { code: String(r.grid_code), name: r.grid_name as I18nText },
      category: { code: String(r.category_code), name: r.category_name as I18nText },
      departmentKind: (r.department_kind as string | null) ?? null,
      district: { code: String(r.district_code), name: { zh: String(r.district_zh), en: String(r.district_en ?? r.district_zh) } },
      lat: Number(r.lat),
      lng: Number(r.lng),
      // About half the grid's height, so the circle sits on its grid.
      radiusMeters: Math.max(100, Math.round((Number(r.span_lat) * 111_195) / 2)),
      count,
      previousCount,
      rising: count > previousCount,
    };
  });
}

/** One 未诉先办 suggestion per hotspot, in both languages, naming the department kind that should lead. */
export function suggestionOf(h: Hotspot): ProactiveSuggestionView {
  const trend = { zh: `（上期${h.previousCount}起）`, en: ` (previous 30 days: ${h.previousCount})` };
  return {
    id: h.id,
    title: {
      zh: `近30天${h.grid.name.zh}“${h.category.name.zh}”类事件${h.count}起${trend.zh}，建议街道牵头开展专项整治，未诉先办`,
      en: `${h.count} “${h.category.name.en}” incidents in ${h.grid.name.en} in the last 30 days${trend.en}: the street should lead a targeted clean-up before residents have to call (未诉先办)`,
    },
    category: h.category,
    district: h.district,
    grid: h.grid,
    departmentKind: h.departmentKind,
    count: h.count,
    previousCount: h.previousCount,
    rising: h.rising,
  };
}
