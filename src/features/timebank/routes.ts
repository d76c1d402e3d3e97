// The time bank's pages (their own subpackage), named from the one page table, and the ways there.
import { PAGES } from '../../../contracts/pages';
import { openPage } from '../../lib/routes';

export const TIMEBANK_ROUTES = PAGES.timebank;

export type TimebankPage = keyof typeof TIMEBANK_ROUTES;

export function openTimebankPage(page: TimebankPage, params: Readonly<Record<string, string | number>> = {}): void {
  openPage(TIMEBANK_ROUTES[page], params);
}
