// The unit's figures as an .xlsx link.
import { callApi } from '../../../lib/api-client';

export function exportDashboard(orgUnitId: number) {
  return callApi('dashboard', 'export', { orgUnitId });
}
