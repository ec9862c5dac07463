// GeoReport v2 dates follow the W3C note on ISO 8601 and must carry a zone; the city's clocks read China time.

const CHINA_OFFSET_MS = 8 * 3600_000;

/** `2026-11-28T09:15:30+08:00` (whole seconds, China time). */
export function w3cChina(at: Date): string {
  const shifted = new Date(at.getTime() + CHINA_OFFSET_MS).toISOString();
  return `${shifted.slice(0, 19)}+08:00`;
}

export function w3cChinaOrNull(at: Date | null): string | null {
  return at ? w3cChina(at) : null;
}

// The W3C profile: a date alone, or a date and time with a zone (Z or ±HH:MM); seconds and fractions optional.
const W3C = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A W3C datetime as a Date; a bare date is midnight in China. Null when it is not one. */
export function parseW3c(value: string): Date | null {
  if (!W3C.test(value)) return null;
  const at = new Date(value.length === 10 ? `${value}T00:00:00+08:00` : value);
  return Number.isNaN(at.getTime()) ? null : at;
}
