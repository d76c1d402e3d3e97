// H5 only: every page's code is a separate file the browser fetches the first time the page opens, so with the
// network gone a tap on 学习记录 or 支部通知 changed the address and showed nothing. Two remedies:
// - once the first screen has settled, the other pages' code is fetched quietly, one page at a time; offline, a
//   page then opens and says itself that its content cannot load yet (with 再试一次);
// - a page whose code still could not be fetched puts the address back and says so, in a sentence at the foot of
//   the screen, until the person taps 知道了 or the network is back.
import Taro from '@tarojs/taro';

interface TaroRoute {
  path: string;
  navigationBarTitleText?: string;
  load: (context: object, params: object) => [Promise<unknown>, ...unknown[]];
}

const START_AFTER_MS = 4000;
const NOTICE_ID = 'sp-page-notice';

function routes(): TaroRoute[] {
  const config = (window as unknown as { __taroAppConfig?: { routes?: TaroRoute[] } }).__taroAppConfig;
  return Array.isArray(config?.routes) ? config.routes : [];
}

function saveData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

let fetched = false;

/** Fetches every page's code, one after another; stops at the first failure and starts again when the network is back. */
async function fetchPages(): Promise<void> {
  if (fetched || saveData() || navigator.onLine === false) return;
  for (const route of routes()) {
    try {
      await route.load({}, {})[0];
    } catch {
      return; // no network (again): the 'online' event tries the rest
    }
  }
  fetched = true;
  // Said on the page, so a test (or a curious developer) can tell the app is ready to go offline.
  document.documentElement.dataset.pagesOffline = 'ready';
}

function whenIdle(run: () => void): void {
  const idle = (window as Window & { requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number })
    .requestIdleCallback;
  setTimeout(() => (idle ? idle(run, { timeout: 5000 }) : run()), START_AFTER_MS);
}

function isChunkFailure(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null) return false;
  const r = reason as { name?: unknown; code?: unknown; message?: unknown };
  return (
    r.name === 'ChunkLoadError' ||
    r.code === 'CSS_CHUNK_LOAD_FAILED' ||
    (typeof r.message === 'string' && /Loading (CSS )?chunk .* failed/.test(r.message))
  );
}

function titleOf(pathname: string): string {
  const route = routes().find((r) => `/${r.path}` === pathname || r.path === pathname);
  return route?.navigationBarTitleText ?? '这一页';
}

function closeNotice(): void {
  document.getElementById(NOTICE_ID)?.remove();
}

/** The sentence at the foot of the screen (outside any page, so drawn here with the app's own size variables). */
function showNotice(title: string): void {
  closeNotice();
  const box = document.createElement('div');
  box.id = NOTICE_ID;
  box.setAttribute('role', 'alert');
  box.style.cssText =
    'position:fixed;left:12px;right:12px;bottom:calc(var(--tab-bar-height, 72px) + 12px);z-index:1000;display:flex;flex-wrap:wrap;align-items:center;gap:12px;' +
    'padding:12px 12px 12px 16px;background:#1a1a1a;color:#fff;border:4px solid #ffb4a8;border-radius:12px;box-shadow:0 4px 16px rgba(0,0,0,.3);' +
    'font-size:var(--fs-body, 1.125rem);line-height:var(--line-height, 1.5);';
  const words = document.createElement('div');
  words.style.cssText = 'flex:1 1 12em;min-width:0;';
  const offline = navigator.onLine === false;
  words.textContent = `“${title}”还没有打开：${offline ? '手机没有连上网络' : '网络不好，这一页没有下载下来'}。请连上网络，再点一次就能打开。`;
  const ok = document.createElement('button');
  ok.type = 'button';
  ok.textContent = '知道了';
  ok.style.cssText =
    'flex:0 0 auto;min-width:var(--tap, 48px);min-height:var(--tap, 48px);padding:0 16px;border:2px solid #fff;border-radius:12px;background:transparent;color:#fff;' +
    'font:inherit;font-weight:700;line-height:1.3;';
  ok.addEventListener('click', closeNotice);
  box.append(words, ok);
  document.body.appendChild(box);
}

/** The page on show: its address and its place in the browser's history (the history library keeps `idx` in the state). */
interface Shown {
  href: string;
  idx: number;
}

const historyIndex = (): number => {
  const idx = (history.state as { idx?: unknown } | null)?.idx;
  return typeof idx === 'number' ? idx : 0;
};

/** Puts the address back to the page still on show: a tap that pushed goes back; a tab switch (a replace) is replaced back. */
function restoreAddress(shown: Shown | null): void {
  if (!shown || location.href === shown.href) return;
  if (historyIndex() > shown.idx) {
    history.back(); // Taro's router hears this and puts everything right itself
    return;
  }
  history.replaceState(history.state, '', shown.href);
  // The tab bar already marked the tab that did not open: tell it where we are.
  Taro.eventCenter.trigger('__taroRouterChange', { toLocation: { path: location.pathname } });
}

export function keepPagesForOffline(): void {
  if (typeof window === 'undefined') return;
  const start = () => whenIdle(() => void fetchPages());
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  window.addEventListener('online', () => {
    closeNotice();
    void fetchPages();
  });

  let shown: Shown | null = null;
  // Taro says when a page has really been shown; a page whose code did not come never gets here.
  Taro.eventCenter.on('__afterTaroRouterChange', () => {
    shown = { href: location.href, idx: historyIndex() };
  });
  // Taro's router reports a page whose code did not come as an unhandled rejection, with the address already changed.
  window.addEventListener('unhandledrejection', (event) => {
    if (!isChunkFailure(event.reason)) return;
    event.preventDefault();
    const title = titleOf(location.pathname);
    restoreAddress(shown);
    showNotice(title);
  });
}
