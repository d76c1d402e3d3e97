// The volunteer pages (their own subpackage), named from the one page table, and the ways there.
import { PAGES } from '../../../contracts/pages';
import { openPage } from '../../lib/routes';

export const VOLUNTEER_ROUTES = PAGES.volunteer;

export function openPost(id: number): void {
  openPage(VOLUNTEER_ROUTES.post, { id });
}

export function openVolunteerPage(
  page: 'records' | 'certificate' | 'manage',
  params: Readonly<Record<string, string>> = {},
): void {
  openPage(VOLUNTEER_ROUTES[page], params);
}
