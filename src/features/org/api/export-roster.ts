// The roster of a unit as an .xlsx link (phones masked unless the caller may see them).
import { callApi } from '../../../lib/api-client';

export function exportRoster(orgUnitId: number) {
  return callApi('org', 'exportRoster', { orgUnitId });
}
