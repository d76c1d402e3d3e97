// Which of two remembered places to resume from: the newer one, whichever device it came from.
import type { ProgressItem } from '../../../../contracts/audiobooks';

export type Place = Pick<ProgressItem, 'bookId' | 'chapterId' | 'position' | 'updatedAt'>;

export function newerPlace<T extends Place>(a: T | null | undefined, b: T | null | undefined): T | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a;
}

/** Where to start a chapter: the remembered position if it is that chapter and not at its very end, else 0. */
export function startPosition(place: Place | null, chapterId: number, duration: number): number {
  if (!place || place.chapterId !== chapterId) return 0;
  // Stopped within the last 3 seconds: the chapter was done; start it again rather than play silence.
  if (duration > 0 && place.position >= duration - 3) return 0;
  return Math.max(0, place.position);
}
