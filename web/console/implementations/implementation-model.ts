// The local implementation editor's form values ⇄ the API body, and where each refusal of the server belongs.
import type { FieldPath } from '../../shared/form-errors';
import type { Implementation, Text2 } from '../../shared/catalog-types';
import type { StandardItemContent } from '../catalog/item-form-model';

export interface ImplementationListItem {
  id: string;
  itemCode: string;
  itemName: Text2;
  regionCode: string;
  departmentCode: string;
  promisedDays: number;
  statutoryDays: number;
  standardVersion: number;
  currentVersion: number | null;
  needsReview: boolean;
}

/** What a region sets for an item (ImplementationContent without the key). */
export type LocalContent = Pick<Implementation, 'promisedDays' | 'fees' | 'channels' | 'visits' | 'hallAddress' | 'hallHours' | 'contactPhone' | 'notes'> & {
  departmentCode: string;
  materialIds: string[];
  conditionIds: string[];
  commitmentMaterialIds: string[];
};

export interface ImplementationEditorView {
  standard: { version: number; content: StandardItemContent };
  local: null | {
    regionCode: string;
    inherited: boolean;
    departmentCode: string;
    standardVersion: number;
    needsReview: boolean;
    rowVersion: number;
    content: LocalContent;
  };
  previousStandard: null | { version: number; content: StandardItemContent };
}

export interface MaterialChoice {
  asked: string[];
  commitments: string[];
}

export interface LocalFormValues {
  departmentCode?: string;
  promisedDays: number;
  fees: { nameZh: string; nameEn: string; amountYuan: number }[];
  channels: string[];
  visits: number;
  hallAddress: string;
  hallHours: string;
  contactPhone: string;
  notes: string;
  materialChoice: MaterialChoice;
  conditionIds: string[];
  /** Materials typed in beyond the standard: sent as they are, so the platform's refusal explains the rule. */
  extraMaterials: string[];
}

/** Form values from the region's own or inherited list, or from the standard when there is none. */
export function toFormValues(view: ImplementationEditorView, departmentCode: string | undefined): LocalFormValues {
  const { standard, local } = view;
  const known = new Set(standard.content.materials.map((material) => material.id));
  if (local === null) {
    return {
      departmentCode,
      promisedDays: standard.content.statutoryDays,
      fees: [],
      channels: ['online', 'hall'],
      visits: 1,
      hallAddress: '',
      hallHours: '',
      contactPhone: '',
      notes: '',
      materialChoice: { asked: standard.content.materials.map((material) => material.id), commitments: [] },
      conditionIds: standard.content.conditions.map((condition) => condition.id),
      extraMaterials: [],
    };
  }
  const content = local.content;
  return {
    departmentCode: local.inherited ? departmentCode : content.departmentCode,
    promisedDays: content.promisedDays,
    fees: content.fees.map((fee) => ({ nameZh: fee.name.zh, nameEn: fee.name.en, amountYuan: fee.amountYuan })),
    channels: content.channels,
    visits: content.visits,
    hallAddress: content.hallAddress,
    hallHours: content.hallHours,
    contactPhone: content.contactPhone,
    notes: content.notes,
    // Materials the standard no longer has (after a new version) are dropped; the admin re-confirms the rest.
    materialChoice: { asked: content.materialIds.filter((id) => known.has(id)), commitments: content.commitmentMaterialIds.filter((id) => known.has(id)) },
    conditionIds: content.conditionIds.filter((id) => standard.content.conditions.some((condition) => condition.id === id)),
    extraMaterials: [],
  };
}

export interface LocalBody {
  body: LocalContent;
  /** materialIds[i] → the form field it came from. */
  materialTargets: FieldPath[];
}

export function toBody(values: LocalFormValues, standard: StandardItemContent): LocalBody {
  const asked = new Set(values.materialChoice.asked);
  const standardIds = standard.materials.map((material) => material.id).filter((id) => asked.has(id));
  const extras = (values.extraMaterials ?? []).map((entry, index) => ({ id: (entry ?? '').trim(), index })).filter((entry) => entry.id !== '');
  return {
    body: {
      departmentCode: values.departmentCode ?? '',
      promisedDays: values.promisedDays,
      fees: (values.fees ?? []).map((fee) => ({ name: { zh: fee.nameZh.trim(), en: fee.nameEn.trim() }, amountYuan: fee.amountYuan })),
      channels: values.channels ?? [],
      visits: values.visits,
      hallAddress: values.hallAddress?.trim() ?? '',
      hallHours: values.hallHours?.trim() ?? '',
      contactPhone: values.contactPhone?.trim() ?? '',
      notes: values.notes?.trim() ?? '',
      materialIds: [...standardIds, ...extras.map((entry) => entry.id)],
      conditionIds: values.conditionIds ?? [],
      commitmentMaterialIds: values.materialChoice.commitments.filter((id) => asked.has(id)),
    },
    materialTargets: [...standardIds.map((): FieldPath => 'materialChoice'), ...extras.map((entry): FieldPath => ['extraMaterials', entry.index])],
  };
}

/** The form field a refusal (`promisedDays`, `materialIds.2`, `fees.0.name.zh` …) is shown next to. */
export function refusalTarget(field: string, materialTargets: FieldPath[]): FieldPath | null {
  const [head = '', index, ...rest] = field.replace(/^body[./]/, '').split('.');
  const position = Number(index);
  switch (head) {
    case 'materialIds':
      return materialTargets[position] ?? 'materialChoice';
    case 'commitmentMaterialIds':
      return 'materialChoice';
    case 'conditionIds':
      return 'conditionIds';
    case 'fees': {
      if (!Number.isInteger(position)) return 'fees';
      const inner = rest.join('.');
      return ['fees', position, inner === 'name.en' ? 'nameEn' : inner === 'amountYuan' ? 'amountYuan' : 'nameZh'];
    }
    case 'departmentCode':
    case 'promisedDays':
    case 'channels':
    case 'visits':
    case 'hallAddress':
    case 'hallHours':
    case 'contactPhone':
    case 'notes':
      return head;
    default:
      return null;
  }
}
