// The talent pages (their own subpackage), named from the one page table.
import { PAGES } from '../../../contracts/pages';
import { openPage } from '../../lib/routes';

export const TALENT_ROUTES = PAGES.talent;

export function openTalentPage(page: keyof typeof TALENT_ROUTES, params: Readonly<Record<string, string>> = {}): void {
  openPage(TALENT_ROUTES[page], params);
}
