import { AppError } from '../../../platform/errors/app-error';

// GeoReport v2 lets one endpoint serve several jurisdictions; this one serves the demo city only, so the parameter
// is optional (the spec: "only required if the endpoint serves multiple jurisdictions"), and any other value is
// the spec's 404 "jurisdiction_id provided was not found".

/** The city's main website root, as the spec suggests (sfgov.org for San Francisco). */
export const OPEN311_JURISDICTION_ID = 'minghu.example';

/** Absent or empty is fine; anything but the city's id is `governance.open311_jurisdiction_not_found` (404). */
export function checkJurisdiction(value: string | undefined): void {
  if (value === undefined || value === '') return;
  if (value !== OPEN311_JURISDICTION_ID) throw new AppError('governance.open311_jurisdiction_not_found', { details: { jurisdiction_id: value } });
}
