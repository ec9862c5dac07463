// The e-licence (电子证照) types the demo catalogue fetches (materials with source "elicence") or issues on
// approval (`issuesElicence`). An unknown type is still issuable: its code stands in for the name.

export interface LicenceType {
  code: string;
  name: { zh: string; en: string };
  /** Years of validity from the issue date; null = permanent (长期有效). */
  validityYears: number | null;
  subject: 'person' | 'enterprise';
  /** Letters that open a licence number of this type. */
  prefix: string;
}

type Entry = [prefix: string, zh: string, en: string, validityYears: number | null, subject: 'person' | 'enterprise'];

const entries: Record<string, Entry> = {
  birth_medical_certificate: ['CSYX', '出生医学证明', 'Birth medical certificate', null, 'person'],
  business_licence: ['YYZZ', '营业执照', 'Business licence', null, 'enterprise'],
  construction_drawing_review_certificate: ['SGTS', '施工图设计文件审查合格书', 'Construction drawing review certificate', null, 'enterprise'],
  construction_permit: ['SGXK', '建筑工程施工许可证', 'Construction permit', null, 'enterprise'],
  construction_planning_permit: ['GCGH', '建设工程规划许可证', 'Construction planning permit', null, 'enterprise'],
  disability_certificate: ['CJR', '中华人民共和国残疾人证', 'Disability certificate', 10, 'person'],
  dog_registration_certificate: ['YQDJ', '养犬登记证', 'Dog registration certificate', 1, 'person'],
  driving_licence: ['JSZ', '机动车驾驶证', 'Driving licence', 6, 'person'],
  eia_approval: ['HPPF', '环境影响评价批复', 'EIA approval', null, 'enterprise'],
  food_business_licence: ['JY', '食品经营许可证', 'Food business licence', 5, 'enterprise'],
  household_register: ['HKB', '居民户口簿', 'Household register', null, 'person'],
  marriage_certificate: ['JHZ', '结婚证', 'Marriage certificate', null, 'person'],
  outdoor_advertising_permit: ['HWGG', '户外广告设置许可证', 'Outdoor advertising permit', 3, 'enterprise'],
  physician_practice_certificate: ['YSZY', '医师执业证书', 'Physician practice certificate', null, 'person'],
  physician_qualification_certificate: ['YSZG', '医师资格证书', 'Physician qualification certificate', null, 'person'],
  pollutant_discharge_permit: ['PWXK', '排污许可证', 'Pollutant discharge permit', 5, 'enterprise'],
  public_health_licence: ['WSXK', '公共场所卫生许可证', 'Public place hygiene licence', 4, 'enterprise'],
  real_estate_certificate: ['BDC', '不动产权证书', 'Real estate title certificate', null, 'person'],
  rental_registration_certificate: ['ZLBA', '房屋租赁登记备案证明', 'Lease registration certificate', 1, 'person'],
  residence_permit: ['JZZ', '居住证', 'Residence permit', 1, 'person'],
  resident_id_card: ['SFZ', '居民身份证', 'Resident identity card', 20, 'person'],
  ride_hailing_driver_licence: ['WYC', '网络预约出租汽车驾驶员证', 'Ride-hailing driver certificate', 6, 'person'],
  road_transport_licence: ['DLYS', '道路运输经营许可证', 'Road transport business licence', 4, 'enterprise'],
  road_transport_qualification_certificate: ['CYZG', '道路运输从业资格证', 'Road transport qualification certificate', 6, 'person'],
  social_security_card: ['SBK', '社会保障卡', 'Social security card', 10, 'person'],
};

export const licenceTypes: ReadonlyMap<string, LicenceType> = new Map(
  Object.entries(entries).map(([key, [prefix, zh, en, validityYears, subject]]) => {
    const code = `elicence.${key}`;
    return [code, { code, name: { zh, en }, validityYears, subject, prefix }];
  }),
);

/** The registered type, or a stand-in named by its code (permanent, personal) for a type not registered yet. */
export function licenceType(code: string): LicenceType {
  return licenceTypes.get(code) ?? { code, name: { zh: code, en: code }, validityYears: null, subject: 'person', prefix: 'DZZZ' };
}
