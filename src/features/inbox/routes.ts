// 我的消息 (its own subpackage), from the one page table, and the way there.
import { PAGES } from '../../../contracts/pages';
import { openPage } from '../../lib/routes';

export const INBOX_ROUTE = PAGES.messages.index;

export function openInbox(): void {
  openPage(INBOX_ROUTE);
}
