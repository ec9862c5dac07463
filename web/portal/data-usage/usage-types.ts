// Shapes of "who used my data": the server's own types (type-only imports).
export type { UsageItem } from '../../../server/modules/exchange/usage/usage-view';
import type { UsageItem } from '../../../server/modules/exchange/usage/usage-view';

export type MyUsageItem = UsageItem & { reported: boolean };

export interface UsagePageAnswer {
  items: MyUsageItem[];
  nextCursor: number | null;
  departments: { id: string; name: { zh: string; en: string } }[];
}

export interface UsageFilterValues {
  from: string;
  to: string;
  department: string;
  method: string;
}

export const USAGE_METHOD_OPTIONS = ['lookup', 'verify', 'licence', 'unmask'] as const;
