// The unread notice count for the entry on 首页 and 我的. Tab pages stay mounted, so it is asked again each time
// the page comes back into view (back from a notice), not only when it first appears.
import { useEffect, useRef, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { useRemote } from '../../entities/remote/use-remote';
import { getNoticeUnreadCount } from './api/get-unread-count';

/** A number once known; 'unknown' before the first answer; 'failed' when it could not be asked and none is known. */
export type NoticeUnread = number | 'unknown' | 'failed';

export function useNoticeUnread(signedIn: boolean): NoticeUnread {
  const [returns, setReturns] = useState(0);
  const wasHidden = useRef(false);
  useDidHide(() => {
    wasHidden.current = true;
  });
  useDidShow(() => {
    if (!wasHidden.current) return;
    wasHidden.current = false;
    setReturns((n) => n + 1);
  });
  const remote = useRemote(signedIn ? () => getNoticeUnreadCount().then((r) => r.count) : null, [signedIn, returns]);
  // While it is asked again, the last number stays on show rather than blinking away.
  const [known, setKnown] = useState<number | null>(null);
  const { state } = remote;
  useEffect(() => {
    if (!signedIn) setKnown(null);
    else if (state.status === 'ready') setKnown(state.data);
  }, [signedIn, state]);
  if (state.status === 'ready') return state.data;
  if (known !== null) return known;
  return state.status === 'error' ? 'failed' : 'unknown';
}
