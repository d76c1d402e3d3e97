// WeChat (replaces entry-history.ts): a page opened from a scan or a shared card has WeChat's own 首页 button in
// the native navigation bar, and the back key never leaves to a blank page, so there is nothing to put beneath.

export function keepHomeBelowDirectEntry(): void {}

/** Nothing to step back onto in WeChat: 返回 opens 首页 instead. */
export function backOntoHomeBelow(): boolean {
  return false;
}
