import type { Lang } from './language';

type Params = Record<string, unknown>;

// Messages for the rules a field can break, schema keywords and domain rules alike.
const messages: Record<string, { zh: (p: Params) => string; en: (p: Params) => string }> = {
  required: { zh: () => '此项为必填项', en: () => 'This field is required' },
  minLength: { zh: (p) => `至少需要 ${String(p.limit)} 个字符`, en: (p) => `Must be at least ${String(p.limit)} characters` },
  maxLength: { zh: (p) => `不能超过 ${String(p.limit)} 个字符`, en: (p) => `Must be at most ${String(p.limit)} characters` },
  pattern: { zh: () => '格式不正确', en: () => 'The format is not valid' },
  format: { zh: (p) => `格式不正确（应为 ${String(p.format)}）`, en: (p) => `Must be a valid ${String(p.format)}` },
  type: { zh: (p) => `类型不正确（应为 ${String(p.type)}）`, en: (p) => `Must be of type ${String(p.type)}` },
  enum: { zh: () => '不是允许的取值', en: () => 'Is not one of the allowed values' },
  const: { zh: () => '不是允许的取值', en: () => 'Is not the allowed value' },
  minimum: { zh: (p) => `不能小于 ${String(p.limit)}`, en: (p) => `Must be at least ${String(p.limit)}` },
  maximum: { zh: (p) => `不能大于 ${String(p.limit)}`, en: (p) => `Must be at most ${String(p.limit)}` },
  minItems: { zh: (p) => `至少需要 ${typeof p.limit === 'number' ? p.limit : 1} 项`, en: (p) => `Needs at least ${typeof p.limit === 'number' ? p.limit : 1}` },
  maxItems: { zh: (p) => `最多 ${String(p.limit)} 项`, en: (p) => `At most ${String(p.limit)}` },
  additionalProperties: { zh: () => '包含不允许的字段', en: () => 'Contains a field that is not allowed' },
  // Domain rules
  checksum: { zh: () => '校验位不正确，请核对号码', en: () => 'The check character does not match; please check the number' },
  birth_date: { zh: () => '号码中的出生日期不是有效日期', en: () => 'The birth date inside the number is not a real date' },
  id_format: { zh: () => '应为 18 位：17 位数字加 1 位数字或 X', en: () => 'Must be 18 characters: 17 digits and a digit or X' },
  credit_code_format: {
    zh: () => '应为 18 位，由数字和大写字母组成（不含 I、O、Z、S、V）',
    en: () => 'Must be 18 digits or capital letters (no I, O, Z, S, V)',
  },
  mobile_format: { zh: () => '应为 11 位手机号码，以 1 开头', en: () => 'Must be an 11-digit mobile number starting with 1' },
  min_length: { zh: () => '密码至少 8 位', en: () => 'The password needs at least 8 characters' },
  max_length: { zh: () => '密码不能超过 128 位', en: () => 'The password may have at most 128 characters' },
  letters_and_digits: { zh: () => '密码须同时包含字母和数字', en: () => 'The password needs both letters and digits' },
  region_unknown: { zh: () => '找不到该行政区划', en: () => 'No such region' },
  region_level: { zh: () => '请选择社区（村）一级', en: () => 'Please choose a community' },
  not_blank: { zh: () => '不能为空白', en: () => 'Must not be blank' },
  // Applications
  not_asked: { zh: () => '该事项不要求此材料', en: () => 'This material is not asked for' },
  not_held: { zh: () => '您名下没有有效的此类电子证照，请改为上传', en: () => 'You hold no valid e-licence of this type; upload it instead' },
  file_unknown: { zh: () => '找不到上传的文件，请重新上传', en: () => 'The uploaded file was not found; please upload it again' },
  file_format: { zh: () => '文件格式不符合此材料的要求', en: () => 'This file format is not accepted for this material' },
  commitment_not_allowed: { zh: () => '此材料不能以告知承诺代替', en: () => 'A signed commitment cannot replace this material' },
  reason_required: { zh: () => '请填写理由', en: () => 'Please give the reason' },
  legal_basis_required: { zh: () => '请填写法律依据', en: () => 'Please give the legal basis' },
  items_required: { zh: () => '请一次性列出需要补正的全部材料或信息', en: () => 'List every missing item at once' },
  lat_lng_together: { zh: () => '经度和纬度需同时填写', en: () => 'Give latitude and longitude together' },
  point_or_address: { zh: () => '请在地图上标注地点，或填写地址', en: () => 'Pin the place on the map or give an address' },
  leaf: { zh: () => '请选择最下一级的具体类别', en: () => 'Choose a category at the lowest level' },
  anonymous_category: { zh: () => '此类问题不能匿名反映', en: () => 'This kind of problem cannot be reported anonymously' },
  owner: { zh: () => '找不到您上传的照片，请重新上传', en: () => 'Your uploaded photo was not found; upload it again' },
  exists: { zh: () => '找不到该部门', en: () => 'No such department' },
  open_original: { zh: () => '请选择一个未办结、且本身不是重复件的事件', en: () => 'Choose an open incident that is not itself a duplicate' },
  not_in_department: { zh: () => '只能指派给本部门、持有当前环节岗位的工作人员', en: () => 'Assign to staff of this department holding the current step\'s role' },
};

export function fieldMessage(rule: string, params: Params, lang: Lang): string {
  const entry = messages[rule];
  if (!entry) return lang === 'en' ? 'Is not valid' : '内容不正确';
  return lang === 'en' ? entry.en(params) : entry.zh(params);
}
