// The events feature's pages (subpackage subpackages/events), named from the one page table, and the ways there.
import { PAGES } from '../../../contracts/pages';
import { openPage } from '../../lib/routes';

export const EVENT_ROUTES = PAGES.events;

export function openEvent(id: number): void {
  openPage(EVENT_ROUTES.detail, { id });
}

export function openMyEvents(): void {
  openPage(EVENT_ROUTES.mine);
}

export function openManage(): void {
  openPage(EVENT_ROUTES.manage);
}

export function openRoster(id: number): void {
  openPage(EVENT_ROUTES.roster, { id });
}
