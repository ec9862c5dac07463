// Demo region accounts. These secrets exist only for the fictional demo city (明湖市, 3399xx) and are printed in
// the README so a person and the browser tests can log in. Production never seeds them (see seed/run-seed.ts).

export const DEMO_PASSWORD = 'Yiwang@2026';

export type StaffRole =
  | 'window_clerk'
  | 'reviewer'
  | 'approver'
  | 'dispatcher'
  | 'incident_handler'
  | 'grid_worker'
  | 'data_steward'
  | 'department_admin'
  | 'department_head'
  | 'system_admin'
  | 'security_admin'
  | 'audit_admin';

export interface DemoStaff {
  username: string;
  name: string;
  /** Department code from seed/demo-region.ts. */
  department: string;
  roles: StaffRole[];
  /** Base32 TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s). */
  totpSecret: string;
}

export const demoStaff: DemoStaff[] = [
  { username: 'sysadmin', name: '周立新', department: 'D339900-DATA', roles: ['system_admin'], totpSecret: 'F5PUE4CBQTG6V7WND6VE6IZFUCD7H4IZ' },
  { username: 'secadmin', name: '吴海燕', department: 'D339900-DATA', roles: ['security_admin'], totpSecret: 'E75TC327H7SXEYYBWLBTNG6FYIF7VUZK' },
  { username: 'auditadmin', name: '郑国平', department: 'D339900-DATA', roles: ['audit_admin'], totpSecret: 'ACU3YPA23GHEUAXOLB3X6DSDMG6QOZC5' },
  { username: 'clerk.hudong', name: '王晓梅', department: 'D339902-AMR', roles: ['window_clerk'], totpSecret: '3FLW7TQLJE2WFCG6GBFGTNPBHNTM56DL' },
  { username: 'reviewer.hudong', name: '李建国', department: 'D339902-AMR', roles: ['reviewer'], totpSecret: '2C7TLMMSVPTNJ5OGCVSFDELTLYIMYED5' },
  { username: 'approver.hudong', name: '张伟', department: 'D339902-AMR', roles: ['approver'], totpSecret: 'BYLJCG6OARM6RECFAHPBCXDK6DMDRCLB' },
  { username: 'deptadmin.hudong', name: '刘芳', department: 'D339902-AMR', roles: ['department_admin'], totpSecret: '25V7AYF2SYDHRMGCJISEIFQH7SWNWKNE' },
  { username: 'clerk.huxi', name: '陈静', department: 'D339903-AMR', roles: ['window_clerk'], totpSecret: '7LO5FXEF6ZPY62GRZ7GPOKEJLG362QNA' },
  { username: 'dispatcher.city', name: '杨帆', department: 'D339900-URBAN', roles: ['dispatcher'], totpSecret: 'IJCQLL3VHOMZIM2YSHCC7LDCECUUI45B' },
  { username: 'handler.hudong', name: '赵磊', department: 'D339902-URBAN', roles: ['incident_handler'], totpSecret: 'FNWGDLPKKQAVAYFRFOGZ3NJCC56MHM6A' },
  { username: 'dispatcher.hudong', name: '林涛', department: 'D339902-URBAN', roles: ['dispatcher'], totpSecret: 'QMPPQIBB2WK4FZELFH5CKC332QXQTADU' },
  { username: 'grid.donghu', name: '孙丽', department: 'S339902001-OFFICE', roles: ['grid_worker'], totpSecret: 'ZN2PYSBAVZVAWUUEY7YICZ6BOXL24CYB' },
  { username: 'steward.city', name: '黄敏', department: 'D339900-AMR', roles: ['data_steward'], totpSecret: 'CQWSYFAF45DBGKYKOVPCLQQ7TPL4CMMW' },
  { username: 'health.city', name: '许医生', department: 'D339900-HEALTH', roles: ['window_clerk', 'reviewer', 'approver'], totpSecret: 'GXU5SBBNPZTBHXWG3CX7LWJ7VBSOTSOW' },
  { username: 'psb.city', name: '钱警官', department: 'D339900-PSB', roles: ['window_clerk', 'reviewer', 'approver'], totpSecret: 'QK7HRSH2Q2NOL6OP2NBQLGD4F5AWXKXQ' },
  { username: 'hrss.city', name: '冯社保', department: 'D339900-HRSS', roles: ['window_clerk', 'reviewer', 'approver'], totpSecret: '7PIPUZ6AWGCV36SIDR3KEKVWYKQAAO3C' },
  { username: 'head.hudong', name: '蒋局长', department: 'D339902-AMR', roles: ['department_head'], totpSecret: 'SUNEQB2DYILFDDYNXGTLWMSMRF7TOF6Q' },
  { username: 'steward.psb', name: '钟数据', department: 'D339900-PSB', roles: ['data_steward'], totpSecret: 'GD4X56PY7URSXNQZ3KIZ7K7QEMJ7CSBX' },
  { username: 'steward.health', name: '葛数据', department: 'D339900-HEALTH', roles: ['data_steward'], totpSecret: 'EYZDNNRPBDDWZO5SE3Z5KIHPY2PVEYIR' },
  { username: 'steward.civil', name: '邱数据', department: 'D339900-CIVIL', roles: ['data_steward'], totpSecret: 'SJBVNNBVBK2PGCTU4MO4MB3XH4HTCH4R' },
  { username: 'steward.hrss', name: '秦数据', department: 'D339900-HRSS', roles: ['data_steward'], totpSecret: 'YPE5FCLXMWYRZFE6TUUG6OXZXTZW5BA2' },
  { username: 'steward.housing', name: '贺数据', department: 'D339900-HOUSING', roles: ['data_steward'], totpSecret: 'HRKF3MNORTCBIZZA42LUOXCTHJ2GNZM6' },
  { username: 'steward.data', name: '汪合规', department: 'D339900-DATA', roles: ['data_steward'], totpSecret: '3IHBZWEVQLI46XNVUQTIUH7FH6O3IJFU' },
  { username: 'steward.hudong', name: '范数据', department: 'D339902-AMR', roles: ['data_steward'], totpSecret: 'DXKJYF3NQPZHZXYAWJK35Y6RUGQCXV4L' },
];

/** Staff who set up their second factor at first login (secret, QR code, recovery codes). */
export const demoStaffToEnrol: Omit<DemoStaff, 'totpSecret'>[] = [{ username: 'newstaff.hudong', name: '何欣', department: 'D339902-AMR', roles: ['window_clerk'] }];

export interface DemoCitizen {
  name: string;
  idNumber: string;
  mobile: string;
  /** Community code of the household registration. */
  region: string;
  address: string;
}

const citizenNames = ['张明', '李娜', '王强', '刘洋', '陈红', '杨光', '赵敏', '黄磊', '周婷', '吴刚', '徐静', '孙浩', '马丽', '朱军', '胡杰', '郭燕', '何平', '高峰', '林雪', '罗勇'];
const citizenIds = ['339902198503121019', '339902199007051087', '339902197811201155', '339902200102181221', '339903196709301290', '339903199304011360', '33990319880816143X', '339903197512031500', '339904199910271572', '339904198206141649', '339904199509091719', '339904197111111784', '33990219860101185X', '339902199205221921', '339902198008081996', '339902199703172069', '339903196407252139', '339903200002292203', '339903198906302275', '339903198310192343'];
const communities = ['339902001001', '339902001002', '339902002001', '339902002002', '339903001001', '339903001002', '339903002001', '339903002002', '339904001001', '339904001002', '339904002001', '339904002002'];

export const demoCitizens: DemoCitizen[] = citizenNames.map((name, i) => {
  const idNumber = citizenIds[i] ?? '';
  // Residence follows the district of the ID number so district staff have their own people to see.
  const region = communities.find((c) => c.startsWith(idNumber.slice(0, 6)) && Number(c.slice(-1)) === (i % 2) + 1) ?? '339902001001';
  return { name, idNumber, mobile: `1390000${String(i + 1).padStart(4, '0')}`, region, address: `明湖市演示路${i + 1}号` };
});

export interface DemoEnterprise {
  name: string;
  creditCode: string;
  legalRepresentative: string;
  mobile: string;
  region: string;
}

export const demoEnterprises: DemoEnterprise[] = [
  { name: '明湖湖东云帆科技有限公司', creditCode: '91339902MA2A1B3C49', legalRepresentative: '张明', mobile: '13900010001', region: '339902001001' },
  { name: '明湖湖西百味餐饮有限公司', creditCode: '91339903MA2B7D8E95', legalRepresentative: '李娜', mobile: '13900010002', region: '339903001001' },
  { name: '明湖南山绿源农业有限公司', creditCode: '91339904MA2C5F6G13', legalRepresentative: '王强', mobile: '13900010003', region: '339904001001' },
  { name: '湖东区望江便利店', creditCode: '92339902MA2D3H4J5P', legalRepresentative: '刘洋', mobile: '13900010004', region: '339902002001' },
  { name: '明湖城投建设有限公司', creditCode: '91339900MA2E9K2L7A', legalRepresentative: '陈红', mobile: '13900010005', region: '339902001002' },
];
