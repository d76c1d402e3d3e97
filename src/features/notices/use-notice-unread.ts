// The unread notice count for the 支部通知 row on 首页 and 我的, asked again whenever the tab page comes back into view.
import { useCountOnShow, type ShownCount } from '../../entities/remote/use-count-on-show';
import { getNoticeUnreadCount } from './api/get-unread-count';

export type NoticeUnread = ShownCount;

export function useNoticeUnread(signedIn: boolean): NoticeUnread {
  return useCountOnShow(signedIn ? () => getNoticeUnreadCount().then((r) => r.count) : null);
}
