// Display preferences for this device: the text size (标准, 大字 or 特大), remembered in local storage and applied
// to every screen. `largeText` stays for what only asks "big or not" (the account's saved choice, the weapp tab bar).
import Taro from '@tarojs/taro';
import { create } from 'zustand';
import {
  LARGE_TEXT_CLASS,
  LARGE_TEXT_KEY,
  savedTextSize,
  TEXT_SIZE_KEY,
  textSizeClasses,
  XLARGE_TEXT_CLASS,
  type TextSize,
} from './text-size';

export { LARGE_TEXT_CLASS, TEXT_SIZES, textSizeClasses, XLARGE_TEXT_CLASS, type TextSize } from './text-size';

interface DisplayState {
  textSize: TextSize;
  /** 大字 or 特大. */
  largeText: boolean;
  /** Whether the person has chosen a size on this device (the first-run question is asked until they have). */
  chosen: boolean;
  setTextSize: (size: TextSize) => void;
  /** On: 大字 (特大 stays 特大); off: 标准. */
  setLargeText: (on: boolean) => void;
  /** The question was answered without changing the size ("就这样"): remember that it was asked. */
  markChosen: () => void;
  /** H5: mirror the mode on <html> so parts outside a page frame (the tab bar) scale too. */
  applyToDocument: () => void;
}

function read(key: string): unknown {
  try {
    return Taro.getStorageSync(key);
  } catch {
    return undefined;
  }
}

function readSaved(): TextSize | null {
  return savedTextSize(read);
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

export function initialTextSize(): TextSize {
  return readSaved() ?? (wechatFontEnlarged() ? 'large' : 'normal');
}

function applyClasses(size: TextSize): void {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    const on = textSizeClasses(size);
    for (const name of [LARGE_TEXT_CLASS, XLARGE_TEXT_CLASS])
      document.documentElement.classList.toggle(name, on.includes(name));
  }
}

function save(size: TextSize): void {
  try {
    Taro.setStorageSync(TEXT_SIZE_KEY, size);
    Taro.setStorageSync(LARGE_TEXT_KEY, size !== 'normal');
  } catch {
    // Storage full or blocked: the size still applies for this visit.
  }
}

const start = initialTextSize();

export const useDisplayStore = create<DisplayState>()((set, get) => ({
  textSize: start,
  largeText: start !== 'normal',
  chosen: readSaved() !== null,
  setTextSize: (size) => {
    set({ textSize: size, largeText: size !== 'normal', chosen: true });
    save(size);
    applyClasses(size);
  },
  setLargeText: (on) => {
    const current = get().textSize;
    get().setTextSize(on ? (current === 'normal' ? 'large' : current) : 'normal');
  },
  markChosen: () => {
    set({ chosen: true });
    save(get().textSize);
  },
  applyToDocument: () => applyClasses(get().textSize),
}));

export const LARGE_TEXT_STORAGE_KEY = LARGE_TEXT_KEY;
export const TEXT_SIZE_STORAGE_KEY = TEXT_SIZE_KEY;
