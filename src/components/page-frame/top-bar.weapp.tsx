// WeChat (replaces top-bar.tsx): the native navigation bar already has the back arrow, or the 首页 button on a page
// opened from a scan or a shared card, at the size WeChat's own font setting gives; a second bar would only crowd it.
import type { WayBack } from '../../lib/way-back';

export function TopBar(_props: { way: WayBack }) {
  return null;
}
