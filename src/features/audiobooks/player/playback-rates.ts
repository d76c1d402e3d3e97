// The speeds offered (the server accepts exactly these; contracts/audiobooks.ts PLAYBACK_RATES), remembered on the device.
import Taro from '@tarojs/taro';

export const RATES = [0.75, 1, 1.25, 1.5] as const;
export type Rate = (typeof RATES)[number];

const KEY = 'audiobooks.rate';

export function isRate(value: unknown): value is Rate {
  return typeof value === 'number' && (RATES as readonly number[]).includes(value);
}

export function savedRate(): Rate {
  try {
    const saved: unknown = Taro.getStorageSync(KEY);
    return isRate(saved) ? saved : 1;
  } catch {
    return 1;
  }
}

export function saveRate(rate: Rate): void {
  try {
    Taro.setStorageSync(KEY, rate);
  } catch {
    // Not remembered: the speed still applies now.
  }
}

/** "1.0倍" — 1 is written 1.0 so the four choices line up. */
export function rateLabel(rate: Rate): string {
  return `${rate === 1 ? '1.0' : String(rate)}倍`;
}
