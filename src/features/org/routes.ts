// The roster and org screens (their own subpackage), named from the one page table.
import { PAGES, type PageParams } from '../../../contracts/pages';
import { openPage } from '../../lib/routes';

export const ORG_ROUTES = PAGES.org;

export type OrgRoute = (typeof ORG_ROUTES)[keyof typeof ORG_ROUTES];

export function openOrgPage(url: OrgRoute, params: PageParams = {}): void {
  openPage(url, params);
}
