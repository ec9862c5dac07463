import { segment } from '../../../platform/text/segment';

// Words that say nothing about what kind of incident it is: function words, the caller's phrasing, politeness.
// Words that do carry meaning even though they are common (没有, 不, 影响) stay.
const STOPWORDS = new Set([
  '的', '了', '在', '是', '有', '和', '与', '及', '或', '而', '就', '都', '也', '还', '又', '很', '太', '非常', '特别', '比较',
  '被', '把', '让', '给', '对', '从', '到', '向', '往', '于', '为', '以', '等', '等等', '啊', '吧', '呢', '吗', '呀', '嘛', '哦',
  '我', '我们', '你', '你们', '您', '他', '他们', '她', '它', '它们', '这', '那', '这个', '那个', '这里', '那里', '这边', '那边',
  '这些', '那些', '一', '一个', '一些', '个', '些', '里', '中', '上', '下', '请', '能', '会', '可以', '已经', '一直', '说',
  '时', '时候', '现在', '目前', '情况', '问题', '反映', '投诉', '市民', '来电', '来电人', '群众', '居民', '希望', '尽快',
  '处理', '相关', '部门', '核实', '谢谢', '麻烦', '帮忙', '一下', '及时', '解决', '要求', '称', '表示', '其', '该', '此',
]);

const NUMBER = /^[\p{N}.]+$/u;
const DIGITS = /\p{N}+/gu;

/**
 * The tokens an incident text is classified by: jieba (search mode), lower-cased, without stopwords and
 * punctuation; bare numbers (house numbers, dates, counts) are dropped and digits inside a word become '#', so
 * 「3号楼」 and 「5号楼」 read alike.
 */
export function incidentTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of segment(text)) {
    if (NUMBER.test(raw)) continue;
    const token = raw.replace(DIGITS, '#');
    if (STOPWORDS.has(token)) continue;
    // A single Latin letter (a unit, a building block letter) carries nothing.
    if (token.length === 1 && /[a-z#]/.test(token)) continue;
    out.push(token);
  }
  return out;
}
