// H5 only: fills gaps in Taro's web shell that matter to screen-reader and keyboard users.
// - Taro's tab bar is a bare <taro-tabbar>: name it as the navigation landmark.
// - Our tappable Views are not native buttons: Enter/Space press them, like a button.
// - Pages keep opening when the network drops (offline-pages.ts).
import { keepPagesForOffline } from './offline-pages';

const TAPPABLE = '[data-tappable="true"]';

function labelTabBar(root: ParentNode): void {
  const bar = root.querySelector('taro-tabbar, .taro-tabbar__tabbar');
  if (bar && !bar.hasAttribute('role')) {
    bar.setAttribute('role', 'navigation');
    bar.setAttribute('aria-label', '主菜单');
  }
}

export function enhanceH5Shell(): void {
  if (typeof document === 'undefined') return;
  keepPagesForOffline();
  labelTabBar(document);
  // The tab bar is drawn after the first page; watch until it exists.
  const observer = new MutationObserver(() => {
    labelTabBar(document);
    if (document.querySelector('taro-tabbar[role="navigation"], .taro-tabbar__tabbar[role="navigation"]'))
      observer.disconnect();
  });
  observer.observe(document.body, { childList: true, subtree: true });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target instanceof Element ? event.target.closest(TAPPABLE) : null;
    if (!target || target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return;
    if (target.getAttribute('aria-disabled') === 'true') return;
    event.preventDefault();
    (target as HTMLElement).click();
  });
}
