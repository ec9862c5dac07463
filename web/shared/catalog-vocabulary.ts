// The catalogue's fixed vocabularies, as server/modules/catalog/catalogue-format.ts defines them; labels are in
// the locale files under `catalog.*`.

export const ITEM_TYPES = ['administrative_licensing', 'administrative_confirmation', 'administrative_payment', 'public_service', 'other'] as const;
export const HANDLING_VARIANTS = ['new', 'change', 'renewal', 'cancellation'] as const;
export const MATERIAL_SOURCES = ['elicence', 'shared_data', 'upload', 'commitment'] as const;
export const TRUST_LEVELS = ['A', 'B', 'C', 'D'] as const;
export const STEP_KINDS = ['accept', 'review', 'decide', 'deliver', 'custom'] as const;
export const STEP_ROLES = ['window_clerk', 'reviewer', 'approver'] as const;
export const AUDIENCES = ['person', 'enterprise'] as const;
export const CHANNELS = ['online', 'hall', 'mobile', 'post'] as const;
export const FILE_FORMATS = ['pdf', 'jpeg', 'png'] as const;

/** Department kinds that handle services for the public, in the order the service hall lists them. */
export const SERVICE_DEPARTMENT_KINDS = [
  'market_regulation',
  'tax',
  'human_resources',
  'civil_affairs',
  'public_security',
  'health',
  'housing_construction',
  'ecology_environment',
  'urban_management',
  'transport',
  'data_administration',
] as const;

/** Themes the service hall offers for browsing; the API has no theme list, so this one follows the demo catalogue. */
export const SERVICE_THEMES = [
  'birth',
  'marriage',
  'household',
  'social_security',
  'employment',
  'health',
  'housing',
  'elderly',
  'social_assistance',
  'disability',
  'transport',
  'business_startup',
  'business_operation',
  'tax',
  'construction',
  'environment',
  'urban_management',
  'data_services',
] as const;
