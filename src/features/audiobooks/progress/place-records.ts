// What this device keeps of each book's place, and how long to wait for the account's places, with no Taro:
// local-places.ts and find-resume-place.ts (the app) and the lean scan landing (src/features/audiobooks/lean) share them.
import type { ProgressItem } from '../../../../contracts/audiobooks';

/** The storage key of this device's places (Taro storage on H5: localStorage, the value wrapped as `{ data }`). */
export const PLACES_KEY = 'audiobooks.places';

/** The account's places are waited for this long at most: the device's place is good enough on a weak signal. */
export const SERVER_WAIT_MS = 2500;

export interface LocalPlace extends ProgressItem {
  /** Heard without an account: sent once with importProgress after the person signs in. */
  pendingImport: boolean;
}

export function isPlace(value: unknown): value is LocalPlace {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Partial<LocalPlace>;
  return (
    typeof p.bookId === 'number' &&
    typeof p.chapterId === 'number' &&
    typeof p.position === 'number' &&
    typeof p.updatedAt === 'string'
  );
}
