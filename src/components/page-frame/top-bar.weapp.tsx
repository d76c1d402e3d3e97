// WeChat (replaces top-bar.tsx): the native navigation bar already has the back arrow, or the 首页 button on a page
// opened from a scan or a shared card, at the size WeChat's own font setting gives; a second bar would only crowd it.
// The native bar's title follows the page heading, so an event's page is named for the event, not 活动详情.
import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import type { WayBack } from '../../lib/way-back';

export function TopBar({ title }: { way: WayBack; title: string }) {
  useEffect(() => {
    void Promise.resolve()
      .then(() => Taro.setNavigationBarTitle({ title }))
      .catch(() => undefined);
  }, [title]);
  return null;
}
