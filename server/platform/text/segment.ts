import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | null = null;

/** The segmenter with its bundled dictionary, loaded on first use (about 0.4 s). */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

const CJK = /[\u3400-\u9fff]/;
const TOKEN_CHARS = /[^\p{L}\p{N}]+/gu;

// Words that carry no meaning for finding a service ("I want to apply for …", "我要办…").
const STOPWORDS = new Set([
  '我', '我要', '要', '想', '我想', '怎么', '如何', '怎样', '办', '办理', '申请', '的', '了', '在', '哪里', '需要', '去', '一个', '给',
  'i', 'want', 'to', 'how', 'a', 'an', 'the', 'do', 'for', 'apply', 'of', 'my', 'and', 'get', 'need', 'in', 'on',
]);

/**
 * Search tokens for Chinese and English text: jieba's search-mode segmentation for Chinese (so 营业执照 also
 * yields 营业 and 执照), lower-cased words for everything else.
 */
export function segment(text: string): string[] {
  const out: string[] = [];
  for (const piece of segmenter().cutForSearch(text, true)) {
    const word = piece.toLowerCase().replace(TOKEN_CHARS, ' ').trim();
    if (!word) continue;
    for (const w of word.split(' ')) if (w) out.push(w);
  }
  return out;
}

/** Query tokens: segmented, stopwords removed, de-duplicated. */
export function queryTokens(text: string): string[] {
  return [...new Set(segment(text).filter((t) => !STOPWORDS.has(t)))];
}

export function isChinese(token: string): boolean {
  return CJK.test(token);
}

/** Damerau–Levenshtein distance (optimal string alignment), for correcting English typos against a vocabulary. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i]!;
      const prev = d[i - 1]!;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest vocabulary word within 1 edit (2 for words of 7+ letters), or the token itself. */
export function correctTypo(token: string, vocabulary: ReadonlySet<string>): string {
  if (isChinese(token) || vocabulary.has(token) || token.length < 4) return token;
  const allowed = token.length >= 7 ? 2 : 1;
  let best = token;
  let bestDistance = allowed + 1;
  for (const word of vocabulary) {
    if (Math.abs(word.length - token.length) > allowed) continue;
    const distance = editDistance(token, word);
    if (distance < bestDistance) {
      best = word;
      bestDistance = distance;
    }
  }
  return best;
}
