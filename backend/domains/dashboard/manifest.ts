// dashboard: the 驾驶舱 (issue 22). It counts nothing itself: every domain's manifest names its panels, and
// backend/dashboard/registry.ts gathers them; this domain keeps the nightly rollup and the bureau's thresholds.
import { defineDomain } from '../domain';
import { DASHBOARD_JOBS } from './jobs/rollup';
import * as m0017 from './migrations/0017-dashboard';
import { DASHBOARD_TABLES } from './schema';

export const dashboard = defineDomain({
  name: 'dashboard',
  migrations: { '0017-dashboard': m0017 },
  tables: DASHBOARD_TABLES,
  jobs: DASHBOARD_JOBS,
});
