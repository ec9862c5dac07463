// The fictional demo city 明湖市 (Minghu) with GB/T 2260-style codes: 1 city, 3 districts, 6 streets,
// 12 communities, and departments at city, district and street level.

export interface SeedRegion {
  code: string;
  name: string;
  nameEn: string;
  level: 'city' | 'district' | 'street' | 'community';
  parentCode: string | null;
}

const districts = [
  { code: '339902', name: '湖东区', nameEn: 'Hudong District', streets: [['东湖街道', 'Donghu Street'], ['望江街道', 'Wangjiang Street']] },
  { code: '339903', name: '湖西区', nameEn: 'Huxi District', streets: [['西溪街道', 'Xixi Street'], ['桂园街道', 'Guiyuan Street']] },
  { code: '339904', name: '南山区', nameEn: 'Nanshan District', streets: [['南山街道', 'Nanshan Street'], ['青石街道', 'Qingshi Street']] },
] as const;
const communityNames = [
  ['春晖社区', 'Chunhui Community'],
  ['秋实社区', 'Qiushi Community'],
] as const;

export const demoRegions: SeedRegion[] = [{ code: '339900', name: '明湖市', nameEn: 'Minghu City', level: 'city', parentCode: null }];
for (const d of districts) {
  demoRegions.push({ code: d.code, name: d.name, nameEn: d.nameEn, level: 'district', parentCode: '339900' });
  d.streets.forEach(([name, nameEn], i) => {
    const streetCode = `${d.code}${String(i + 1).padStart(3, '0')}`;
    demoRegions.push({ code: streetCode, name, nameEn, level: 'street', parentCode: d.code });
    communityNames.forEach(([cName, cNameEn], j) => {
      demoRegions.push({ code: `${streetCode}${String(j + 1).padStart(3, '0')}`, name: `${name.replace('街道', '')}${cName}`, nameEn: `${nameEn.replace(' Street', '')} ${cNameEn}`, level: 'community', parentCode: streetCode });
    });
  });
}

export interface SeedDepartment {
  code: string;
  name: string;
  nameEn: string;
  kind: string;
  regionCode: string;
}

const cityKinds: [string, string, string][] = [
  ['AMR', '市场监督管理局', 'Market Regulation Bureau'],
  ['TAX', '税务局', 'Tax Bureau'],
  ['HRSS', '人力资源和社会保障局', 'Human Resources and Social Security Bureau'],
  ['CIVIL', '民政局', 'Civil Affairs Bureau'],
  ['PSB', '公安局', 'Public Security Bureau'],
  ['HEALTH', '卫生健康委员会', 'Health Commission'],
  ['ECO', '生态环境局', 'Ecology and Environment Bureau'],
  ['URBAN', '城市管理局', 'Urban Management Bureau'],
  ['HOUSING', '住房和城乡建设局', 'Housing and Construction Bureau'],
  ['TRANSPORT', '交通运输局', 'Transport Bureau'],
  ['DATA', '大数据管理局', 'Big Data Bureau'],
];
const kindOf: Record<string, string> = {
  AMR: 'market_regulation',
  TAX: 'tax',
  HRSS: 'human_resources',
  CIVIL: 'civil_affairs',
  PSB: 'public_security',
  HEALTH: 'health',
  ECO: 'ecology_environment',
  URBAN: 'urban_management',
  HOUSING: 'housing_construction',
  TRANSPORT: 'transport',
  DATA: 'data_administration',
};

export const demoDepartments: SeedDepartment[] = [
  ...cityKinds.map(([k, name, nameEn]) => ({ code: `D339900-${k}`, name: `明湖市${name}`, nameEn: `Minghu ${nameEn}`, kind: kindOf[k]!, regionCode: '339900' })),
  ...districts.flatMap((d) =>
    cityKinds
      .filter(([k]) => ['AMR', 'CIVIL', 'URBAN', 'HRSS'].includes(k))
      .map(([k, name, nameEn]) => ({ code: `D${d.code}-${k}`, name: `${d.name}${name}`, nameEn: `${d.nameEn} ${nameEn}`, kind: kindOf[k]!, regionCode: d.code })),
  ),
  ...demoRegions
    .filter((r) => r.level === 'street')
    .map((r) => ({ code: `S${r.code}-OFFICE`, name: `${r.name}办事处`, nameEn: `${r.nameEn} Office`, kind: 'street_office', regionCode: r.code })),
];
