// The 民情工作室 screens (their own subpackage), named from the one page table, and how to open them.
import { PAGES, type PageParams } from '../../../contracts/pages';
import { openPage, replacePage } from '../../lib/routes';

export const CASEWORK_ROUTES = PAGES.casework;

type CaseworkRoute = (typeof CASEWORK_ROUTES)[keyof typeof CASEWORK_ROUTES];

export function openCaseworkPage(route: CaseworkRoute, params: PageParams = {}): void {
  openPage(route, params);
}

/** After opening a case from a visit: the case replaces the visit form, so 返回 does not lead back into it. */
export function replaceWithCase(caseId: number): void {
  replacePage(CASEWORK_ROUTES.case, { id: caseId });
}
