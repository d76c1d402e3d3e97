// H5 (the default; WeChat takes entry-history.weapp.ts): a page opened directly — from a QR code, a link or a
// bookmark — gets 首页 put beneath it in the browser's history, so the phone's back key (and our 返回) lands on
// 首页 instead of leaving the app for a blank page. Runs before Taro's router reads the history.

/** Marks the entry we put beneath, and the page above it; kept in the history entries themselves. */
const HOME_KEY = 'sp-home';
const ENTRY_KEY = 'sp-entry';
const HOME_PATH = '/pages/home/index';
const TAB_PATHS = [
  '/pages/home/index',
  '/pages/books/index',
  '/pages/events/index',
  '/pages/volunteer/index',
  '/pages/mine/index',
];

interface EntryState {
  key?: string;
  idx?: number;
  usr?: unknown;
}

function state(): EntryState | null {
  const s: unknown = window.history.state;
  return s && typeof s === 'object' ? (s as EntryState) : null;
}

/** Call once at start, before the router: a fresh entry (no state yet) on a page that is not a tab gets 首页 below it. */
export function keepHomeBelowDirectEntry(): void {
  if (typeof window === 'undefined' || !window.history?.replaceState) return;
  if (state()?.idx !== undefined) return; // a reload or a step inside the app: the history is already ours
  const path = window.location.pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || TAB_PATHS.includes(path)) return;
  const here = path + window.location.search + window.location.hash;
  // The same shape the router's history library writes (usr, key, idx), so it counts these entries as its own.
  window.history.replaceState({ usr: null, key: HOME_KEY, idx: 0 }, '', HOME_PATH);
  window.history.pushState({ usr: null, key: ENTRY_KEY, idx: 1 }, '', here);
  rememberHomeBelow();
}

/**
 * 返回 from the bottom page of the app's stack: when the entry just below is the 首页 we put there, step back onto
 * it (the history stays short, and the back key then leaves from 首页 as usual). Answers false when it did nothing.
 */
export function backOntoHomeBelow(): boolean {
  if (typeof window === 'undefined') return false;
  // The router keeps `idx` when it replaces the entry page (the scan page becoming the player), so idx 1 is still
  // the place just above our 首页 — but only if we put one there in this tab.
  if (state()?.idx !== 1 || !homeWasPutBelow()) return false;
  window.history.back();
  return true;
}

function homeWasPutBelow(): boolean {
  try {
    return window.sessionStorage.getItem(HOME_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberHomeBelow(): void {
  try {
    window.sessionStorage.setItem(HOME_KEY, '1');
  } catch {
    // No session storage: 返回 then opens 首页 afresh instead of stepping back onto it.
  }
}
