// The admin library screens (their own subpackage), named from the one page table.
import { PAGES } from '../../../contracts/pages';
import { openPage } from '../../lib/routes';

export const LIBRARY_ADMIN_ROUTES = PAGES.libraryAdmin;

export function openLibraryAdminPage(url: (typeof LIBRARY_ADMIN_ROUTES)[keyof typeof LIBRARY_ADMIN_ROUTES]): void {
  openPage(url);
}
