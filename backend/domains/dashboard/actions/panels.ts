// dashboard.panels: one unit's 驾驶舱 for an admin whose subtree holds it (the viewer's own top unit when none is named).
import { dashboardPanelsInput, type DashboardApi } from '../../../../contracts/dashboard';
import { SCOPES } from '../../../../contracts/roles';
import { action } from '../../../runtime/define-function';
import { loadDashboard } from './load-dashboard';

export const panels = action(
  { access: { roles: SCOPES.viewDashboard }, input: dashboardPanelsInput },
  async function panels({ orgUnitId }, { deps, caller }): Promise<DashboardApi['panels']['output']> {
    return loadDashboard(deps.database, caller, orgUnitId, deps.now());
  },
);
