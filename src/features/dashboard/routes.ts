// The 驾驶舱 screen (its own subpackage), named from the one page table.
import { PAGES, type PageParams } from '../../../contracts/pages';
import { openPage } from '../../lib/routes';

export const DASHBOARD_ROUTES = PAGES.dashboard;

export function openDashboardPage(params: PageParams = {}): void {
  openPage(DASHBOARD_ROUTES.index, params);
}
