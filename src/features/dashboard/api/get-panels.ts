// One unit's 驾驶舱 (the viewer's own top unit when none is named).
import { callApi } from '../../../lib/api-client';

export function getPanels(orgUnitId: number | null) {
  return callApi('dashboard', 'panels', orgUnitId === null ? {} : { orgUnitId });
}
