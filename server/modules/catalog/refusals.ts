import type { Lang } from '../../platform/http/language';

/** One reason a local implementation is refused, in words a department admin understands. */
export interface Refusal {
  code: string;
  field: string;
  message: string;
}

type Params = Record<string, string | number>;

const texts: Record<string, { zh: (p: Params) => string; en: (p: Params) => string }> = {
  'catalog.promised_exceeds_statutory': {
    zh: (p) => `承诺时限 ${p.promised} 个工作日超过了法定时限 ${p.statutory} 个工作日，地方只能缩短时限`,
    en: (p) => `The promised limit of ${p.promised} working days exceeds the statutory ${p.statutory}; a region may only shorten it`,
  },
  'catalog.material_not_in_standard': {
    zh: (p) => `材料“${p.id}”不在标准事项中，地方不得增加申请材料`,
    en: (p) => `Material "${p.id}" is not in the standard item; a region may not ask for extra materials`,
  },
  'catalog.condition_not_in_standard': {
    zh: (p) => `条件“${p.id}”不在标准事项中，地方不得增设办理条件`,
    en: (p) => `Condition "${p.id}" is not in the standard item; a region may not add conditions`,
  },
  'catalog.commitment_not_allowed': {
    zh: (p) => `标准事项不允许以告知承诺代替材料“${p.id}”`,
    en: (p) => `The standard does not allow a commitment instead of material "${p.id}"`,
  },
  'catalog.commitment_not_requested': {
    zh: (p) => `材料“${p.id}”未列入本地申请材料，无需承诺替代`,
    en: (p) => `Material "${p.id}" is not asked for here, so it needs no commitment`,
  },
  'catalog.department_outside_region': {
    zh: (p) => `实施部门 ${p.department} 不属于 ${p.region} 行政区域`,
    en: (p) => `The implementing department ${p.department} is not in region ${p.region}`,
  },
};

export function refusal(code: string, field: string, params: Params, lang: Lang): Refusal {
  const text = texts[code];
  return { code, field, message: text ? (lang === 'en' ? text.en(params) : text.zh(params)) : code };
}
