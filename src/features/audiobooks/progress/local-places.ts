// Where this device last stopped in each book, kept in Taro storage: for offline resume, for listeners
// without an account, and as a fallback when the server cannot be reached.
import Taro from '@tarojs/taro';
import { isPlace, PLACES_KEY as KEY, type LocalPlace } from './place-records';

const MAX_PLACES = 50;

export type { LocalPlace } from './place-records';

/** All places, newest first. */
export function readPlaces(): LocalPlace[] {
  try {
    const raw: unknown = Taro.getStorageSync(KEY);
    const list = Array.isArray(raw) ? raw.filter(isPlace) : [];
    return list.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  } catch {
    return [];
  }
}

function writePlaces(places: LocalPlace[]): void {
  try {
    Taro.setStorageSync(KEY, places.slice(0, MAX_PLACES));
  } catch {
    // Storage full or blocked: playback goes on; only the offline copy is lost.
  }
}

export function placeForBook(bookId: number): LocalPlace | null {
  return readPlaces().find((p) => p.bookId === bookId) ?? null;
}

export function savePlace(place: LocalPlace): void {
  writePlaces([place, ...readPlaces().filter((p) => p.bookId !== place.bookId)]);
}

/** After a successful import: the places stay for offline resume but are no longer waiting to be sent. */
export function markImported(bookIds: number[]): void {
  const done = new Set(bookIds);
  writePlaces(readPlaces().map((p) => (done.has(p.bookId) ? { ...p, pendingImport: false } : p)));
}
