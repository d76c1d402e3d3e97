// Mini-program flavour of bring-into-view.ts: no DOM, so the page is scrolled by the selector query's numbers.
// (There is no focus to move in the mini-program; its screen reader follows the page.)
import Taro from '@tarojs/taro';

/** Room kept free at the bottom for the tab bar and the playing bar, in px. */
const FIXED_BARS_PX = 160;

export function bringIntoView(id: string): void {
  const query = Taro.createSelectorQuery();
  query.select(`#${id}`).boundingClientRect();
  query.selectViewport().scrollOffset();
  query.exec((answers: unknown[]) => {
    const rect = answers[0] as { top: number; bottom: number } | null;
    const viewport = answers[1] as { scrollTop: number } | null;
    if (!rect || !viewport) return;
    const { windowHeight } = Taro.getWindowInfo();
    if (rect.top >= 0 && rect.bottom <= windowHeight - FIXED_BARS_PX) return;
    void Taro.pageScrollTo({ scrollTop: Math.max(0, viewport.scrollTop + rect.top - windowHeight / 3), duration: 200 });
  });
}
