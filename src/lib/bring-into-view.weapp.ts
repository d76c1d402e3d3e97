// Mini-program flavour of bring-into-view.ts: no DOM, so the page is scrolled by the selector query's numbers.
// (There is no focus to move in the mini-program; its screen reader follows the page.) Never throws: a sentence that
// cannot be measured simply stays where it was drawn.
import Taro from '@tarojs/taro';

/** Room kept free at the bottom for the tab bar and the playing bar, in px. */
const FIXED_BARS_PX = 160;

interface Rect {
  top: number;
  bottom: number;
}

export function bringIntoView(id: string): void {
  try {
    const query = Taro.createSelectorQuery();
    const node = query.select(`#${id}`);
    const viewport = query.selectViewport();
    if (!node?.boundingClientRect || !viewport?.scrollOffset) return;
    node.boundingClientRect();
    viewport.scrollOffset();
    query.exec((answers: unknown[]) => {
      const rect = answers?.[0] as Rect | null;
      const offset = answers?.[1] as { scrollTop: number } | null;
      if (!rect || !offset) return;
      const { windowHeight } = Taro.getWindowInfo();
      if (rect.top >= 0 && rect.bottom <= windowHeight - FIXED_BARS_PX) return;
      const scrollTop = Math.max(0, offset.scrollTop + rect.top - windowHeight / 3);
      void Taro.pageScrollTo({ scrollTop, duration: 200 }).catch(() => undefined);
    });
  } catch {
    // The page went away, or this WeChat has no selector query: nothing to move.
  }
}
