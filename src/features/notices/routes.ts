// The notices screens (their own subpackage), named from the one page table, and how to open them.
import { PAGES, type PageParams } from '../../../contracts/pages';
import { openPage, replacePage } from '../../lib/routes';

export const NOTICE_ROUTES = PAGES.notices;

type NoticeRoute = (typeof NOTICE_ROUTES)[keyof typeof NOTICE_ROUTES];

export function openNoticePage(url: NoticeRoute, params: PageParams = {}): void {
  openPage(url, params);
}

/** After publishing: the new notice replaces the form, so 返回 does not lead back into a sent form. */
export function replaceWithNotice(noticeId: number): void {
  replacePage(NOTICE_ROUTES.detail, { id: noticeId });
}
