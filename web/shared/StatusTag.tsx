import { Tag } from 'antd';
import type { ReactNode } from 'react';

// antd's preset green and red tags put #389e0d / #cf1322 on pale backgrounds (green is 3.4:1); these reach 4.5:1.
const TONES = {
  success: { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' },
  error: { color: '#a8071a', background: '#fff1f0', borderColor: '#ffa39e' },
  info: { color: '#003eb3', background: '#e6f4ff', borderColor: '#91caff' },
} as const;

/** A small coloured label whose text keeps WCAG AA contrast. */
export function StatusTag({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return <Tag style={TONES[tone]}>{children}</Tag>;
}
