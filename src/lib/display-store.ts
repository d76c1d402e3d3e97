// Display preferences (大字 mode) for this device: remembered in local storage, applied to every screen.
import Taro from '@tarojs/taro';
import { create } from 'zustand';

const LARGE_TEXT_KEY = 'display.largeText';
export const LARGE_TEXT_CLASS = 'is-large';

interface DisplayState {
  largeText: boolean;
  setLargeText: (on: boolean) => void;
  /** H5: mirror the mode on <html> so parts outside a page frame (the tab bar) scale too. */
  applyToDocument: () => void;
}

function readSaved(): boolean | null {
  try {
    const saved: unknown = Taro.getStorageSync(LARGE_TEXT_KEY);
    return typeof saved === 'boolean' ? saved : null;
  } catch {
    return null;
  }
}

/** WeChat's own font setting (关怀模式 / 字体大小): enlarged means the person needs big text. */
function wechatFontEnlarged(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false;
  try {
    const info = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : undefined;
    const factor = (info as { fontSizeScaleFactor?: unknown } | undefined)?.fontSizeScaleFactor;
    return typeof factor === 'number' && factor > 1;
  } catch {
    return false;
  }
}

export function initialLargeText(): boolean {
  return readSaved() ?? wechatFontEnlarged();
}

function applyClass(on: boolean): void {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    document.documentElement.classList.toggle(LARGE_TEXT_CLASS, on);
  }
}

export const useDisplayStore = create<DisplayState>()((set, get) => ({
  largeText: initialLargeText(),
  setLargeText: (on) => {
    set({ largeText: on });
    try {
      Taro.setStorageSync(LARGE_TEXT_KEY, on);
    } catch {
      // Storage full or blocked: the mode still applies for this visit.
    }
    applyClass(on);
  },
  applyToDocument: () => applyClass(get().largeText),
}));

export const LARGE_TEXT_STORAGE_KEY = LARGE_TEXT_KEY;
