// dashboard: the 驾驶舱 of a subtree (issue 22), its export and the bureau's 红黄绿 thresholds.
import { defineFunction } from '../../runtime/define-function';
import { exportDashboard } from './actions/export';
import { panels } from './actions/panels';
import { setThreshold, thresholds } from './actions/thresholds';

export const dashboard = defineFunction('dashboard', { panels, export: exportDashboard, thresholds, setThreshold });
