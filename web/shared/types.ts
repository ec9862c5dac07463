// Shapes of the API answers the front ends read (see the server's OpenAPI document at /api/docs).

export type UserKind = 'citizen' | 'enterprise' | 'staff';

export interface Department {
  id: string;
  code: string;
  name: string;
  nameEn?: string | null;
  kind?: string;
  regionCode: string;
  regionName: string;
  regionNameEn?: string | null;
}

export interface Me {
  id: string;
  kind: UserKind;
  name: string;
  username: string | null;
  roles: string[];
  totpEnrolled: boolean;
  scope: { departments: Department[]; regionCodes: string[] };
  profile: {
    idNumber?: string;
    mobile?: string;
    creditCode?: string;
    legalRepresentative?: string;
    regionCode?: string;
    regionName?: string;
    regionNameEn?: string;
    address?: string;
  };
}

export type RegionLevel = 'province' | 'city' | 'district' | 'street' | 'community';

export interface Region {
  code: string;
  name: string;
  nameEn?: string | null;
  level: RegionLevel;
  parentCode: string | null;
}

export interface ListPage<T> {
  items: T[];
  nextCursor?: string | null;
}

export type LoginStatus = 'signed_in' | 'totp_required' | 'totp_enrolment_required';

export interface LoginAnswer {
  status: LoginStatus;
}
