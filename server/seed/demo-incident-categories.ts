import type { I18nText } from '../modules/governance/model';

// The demo category tree of city incidents: 8 groups, 26 leaves. Each leaf names the kind of department that
// handles it (departments.kind) and its deadlines: hours when urgent, working days otherwise. The codes are
// stable: the classifier's training templates and the Open311 service codes are keyed by them.

/** A GeoReport v2 service attribute (a field of the dynamic form of `GET /services/{code}.json`). */
export interface Open311Attribute {
  variable: boolean;
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  datatype_description: string;
  order: number;
  description: string;
  values?: { key: string; name: string }[];
}

export interface SeedCategoryLeaf {
  code: string;
  name: I18nText;
  departmentKind: string;
  urgentHours: number;
  workingDays: number;
  attributes?: Open311Attribute[];
}

export interface SeedCategoryGroup {
  code: string;
  name: I18nText;
  /** Its incidents appear, anonymised, on the public map. */
  isPublic: boolean;
  anonymousAllowed: boolean;
  leaves: SeedCategoryLeaf[];
}

const leaf = (code: string, zh: string, en: string, departmentKind: string, urgentHours: number, workingDays: number, attributes?: Open311Attribute[]): SeedCategoryLeaf => ({
  code,
  name: { zh, en },
  departmentKind,
  urgentHours,
  workingDays,
  ...(attributes ? { attributes } : {}),
});

const potholeSize: Open311Attribute = {
  variable: true,
  code: 'size',
  datatype: 'singlevaluelist',
  required: true,
  datatype_description: '选择一项 / Choose one',
  order: 1,
  description: '坑洞大小 / How big is the pothole?',
  values: [
    { key: 'small', name: '小（小于一个井盖）/ Small (smaller than a manhole cover)' },
    { key: 'medium', name: '中（一个井盖到一米）/ Medium (up to one metre)' },
    { key: 'large', name: '大（超过一米）/ Large (over one metre)' },
  ],
};

const poleNumber: Open311Attribute = {
  variable: true,
  code: 'pole_number',
  datatype: 'string',
  required: false,
  datatype_description: '灯杆上的编号，如 HD-0123 / The number on the pole, e.g. HD-0123',
  order: 1,
  description: '路灯杆编号 / Streetlight pole number',
};

const litterAmount: Open311Attribute = {
  variable: true,
  code: 'amount',
  datatype: 'singlevaluelist',
  required: false,
  datatype_description: '选择一项 / Choose one',
  order: 1,
  description: '垃圾量 / How much litter?',
  values: [
    { key: 'bag', name: '一袋 / A bag' },
    { key: 'pile', name: '一堆 / A pile' },
    { key: 'truckload', name: '需要车辆清运 / Needs a truck' },
  ],
};

const waterDepth: Open311Attribute = {
  variable: true,
  code: 'depth_cm',
  datatype: 'number',
  required: false,
  datatype_description: '估计的积水深度，单位厘米 / Estimated depth in centimetres',
  order: 1,
  description: '积水深度 / How deep is the water?',
};

export const demoCategoryGroups: SeedCategoryGroup[] = [
  {
    code: 'appearance',
    name: { zh: '市容环境', en: 'City appearance' },
    isPublic: true,
    anonymousAllowed: true,
    leaves: [
      leaf('appearance.litter', '暴露垃圾', 'Exposed litter', 'urban_management', 4, 2, [litterAmount]),
      leaf('appearance.street_vending', '占道经营', 'Street vending on the road', 'urban_management', 4, 3),
      leaf('appearance.illegal_ads', '乱贴小广告', 'Illegal flyers and posters', 'urban_management', 8, 3),
      leaf('appearance.illegal_building', '违章搭建', 'Illegal construction', 'urban_management', 24, 10),
    ],
  },
  {
    code: 'environment',
    name: { zh: '环境污染', en: 'Environment and pollution' },
    isPublic: true,
    anonymousAllowed: true,
    leaves: [leaf('environment.air', '大气污染', 'Air pollution', 'ecology_environment', 4, 5), leaf('environment.water', '水体污染', 'Water pollution', 'ecology_environment', 4, 5)],
  },
  {
    code: 'noise',
    name: { zh: '噪声扰民', en: 'Noise nuisance' },
    isPublic: false,
    anonymousAllowed: true,
    leaves: [
      leaf('noise.construction', '施工噪声', 'Construction noise', 'ecology_environment', 2, 3),
      leaf('noise.commercial', '商业噪声', 'Commercial noise', 'urban_management', 4, 3),
      leaf('noise.residential', '生活噪声', 'Residential noise', 'public_security', 2, 2),
    ],
  },
  {
    code: 'roads',
    name: { zh: '道路交通', en: 'Roads and traffic' },
    isPublic: true,
    anonymousAllowed: true,
    leaves: [
      leaf('roads.pothole', '路面破损', 'Damaged road surface', 'transport', 8, 5, [potholeSize]),
      leaf('roads.streetlight', '路灯损坏', 'Broken streetlight', 'urban_management', 12, 3, [poleNumber]),
      leaf('roads.parking', '违章停车', 'Illegal parking', 'public_security', 2, 1),
      leaf('roads.manhole', '井盖缺失', 'Missing manhole cover', 'urban_management', 2, 1),
      leaf('roads.flooding', '道路积水', 'Flooded road', 'urban_management', 2, 2, [waterDepth]),
    ],
  },
  {
    code: 'market',
    name: { zh: '市场与食品安全', en: 'Market and food safety' },
    isPublic: false,
    anonymousAllowed: true,
    leaves: [
      leaf('market.food_safety', '食品安全', 'Food safety', 'market_regulation', 4, 5),
      leaf('market.price', '价格欺诈', 'Price fraud', 'market_regulation', 24, 7),
      leaf('market.unlicensed', '无证经营', 'Unlicensed business', 'market_regulation', 24, 10),
    ],
  },
  {
    code: 'housing',
    name: { zh: '住房与物业', en: 'Housing and property' },
    isPublic: false,
    anonymousAllowed: false,
    leaves: [
      leaf('housing.property_service', '物业服务', 'Property management service', 'housing_construction', 24, 7),
      leaf('housing.elevator', '电梯故障', 'Broken lift', 'market_regulation', 2, 2),
      leaf('housing.leak', '房屋漏水', 'Leaking home', 'housing_construction', 24, 5),
    ],
  },
  {
    code: 'facilities',
    name: { zh: '公共设施', en: 'Public facilities' },
    isPublic: true,
    anonymousAllowed: true,
    leaves: [
      leaf('facilities.park', '公园设施损坏', 'Damaged park facilities', 'urban_management', 24, 5),
      leaf('facilities.bus_stop', '公交站台损坏', 'Damaged bus stop', 'transport', 24, 5),
      leaf('facilities.water_supply', '停水', 'Water supply cut', 'housing_construction', 4, 2),
    ],
  },
  {
    code: 'social',
    name: { zh: '社会救助', en: 'Social assistance' },
    isPublic: false,
    anonymousAllowed: false,
    leaves: [
      leaf('social.hardship', '困难救助', 'Help in hardship', 'civil_affairs', 24, 5),
      leaf('social.elderly', '老人照护', 'Care for the elderly', 'civil_affairs', 12, 5),
      leaf('social.wages', '拖欠工资', 'Unpaid wages', 'human_resources', 24, 10),
    ],
  },
];

/** Every leaf with its group, in tree order. */
export const demoCategoryLeaves = demoCategoryGroups.flatMap((group) => group.leaves.map((l) => ({ ...l, group })));

/** The rows of incident_categories: groups first, then their leaves; leaves inherit the group's flags. */
export function demoCategoryRows() {
  let order = 0;
  return demoCategoryGroups.flatMap((group) => [
    { code: group.code, parentCode: null, name: group.name, departmentKind: null, public: group.isPublic, anonymousAllowed: group.anonymousAllowed, sortOrder: (order += 10) },
    ...group.leaves.map((l) => ({
      code: l.code,
      parentCode: group.code,
      name: l.name,
      departmentKind: l.departmentKind,
      urgentHours: l.urgentHours,
      workingDays: l.workingDays,
      public: group.isPublic,
      anonymousAllowed: group.anonymousAllowed,
      attributes: (l.attributes ?? []) as unknown as Record<string, unknown>[],
      sortOrder: (order += 10),
    })),
  ]);
}
