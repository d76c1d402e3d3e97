// The text size's words kept on the device and the classes that apply it, with no Taro: display-store.ts (the app)
// and the lean scan landing (src/features/audiobooks/lean, a page without the app) read the same saved choice.

export type TextSize = 'normal' | 'large' | 'xlarge';
export const TEXT_SIZES: readonly TextSize[] = ['normal', 'large', 'xlarge'];

export const TEXT_SIZE_KEY = 'display.textSize';
/** Written alongside (true for 大字 and 特大): the weapp custom tab bar and older builds read this one. */
export const LARGE_TEXT_KEY = 'display.largeText';
export const LARGE_TEXT_CLASS = 'is-large';
export const XLARGE_TEXT_CLASS = 'is-xlarge';

/** The size chosen on this device, read through `read` (Taro storage in the app); null when none was. */
export function savedTextSize(read: (key: string) => unknown): TextSize | null {
  const size = read(TEXT_SIZE_KEY);
  if (typeof size === 'string' && (TEXT_SIZES as string[]).includes(size)) return size as TextSize;
  const large = read(LARGE_TEXT_KEY);
  return typeof large === 'boolean' ? (large ? 'large' : 'normal') : null;
}

/** The classes a screen carries for a size: 特大 keeps 大字's class too, so anything tuned for 大字 applies to it. */
export function textSizeClasses(size: TextSize): string[] {
  if (size === 'xlarge') return [LARGE_TEXT_CLASS, XLARGE_TEXT_CLASS];
  return size === 'large' ? [LARGE_TEXT_CLASS] : [];
}
