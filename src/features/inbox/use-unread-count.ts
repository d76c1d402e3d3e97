// The unread message count for the badge on 首页 and 我的, asked again whenever the tab page comes back into view.
import { useCountOnShow, type ShownCount } from '../../entities/remote/use-count-on-show';
import { getUnreadCount } from './api/get-unread-count';

/** A number once known; 'unknown' before the first answer; 'failed' when it could not be asked and none is known. */
export type UnreadCount = ShownCount;

export function useUnreadCount(signedIn: boolean): UnreadCount {
  return useCountOnShow(signedIn ? () => getUnreadCount().then((r) => r.unread) : null);
}
