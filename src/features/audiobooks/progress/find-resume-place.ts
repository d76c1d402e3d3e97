// Where to pick a book up again: the newer of this device's place and the account's (another phone),
// without waiting long for a slow server — the device's place is good enough on a weak signal.
import { myProgress } from '../api/my-progress';
import { mayHaveAccount } from './listener-identity';
import { placeForBook, readPlaces } from './local-places';
import { SERVER_WAIT_MS } from './place-records';
import { newerPlace } from './resume-point';
import type { ProgressItem } from '../../../../contracts/audiobooks';

/** The account's places, or [] when there is no account, no signal or no answer in time. */
export async function serverPlaces(): Promise<ProgressItem[]> {
  if (!mayHaveAccount()) return [];
  const timeout = new Promise<ProgressItem[]>((resolve) => setTimeout(() => resolve([]), SERVER_WAIT_MS));
  const asked = myProgress()
    .then((r) => r.items)
    .catch(() => []);
  return Promise.race([asked, timeout]);
}

/** `server` may be asked for early, alongside other calls, and handed in. */
export async function findResumePlace(
  bookId: number,
  server: Promise<ProgressItem[]> = serverPlaces(),
): Promise<ProgressItem | null> {
  const mine = (await server).find((p) => p.bookId === bookId);
  return newerPlace<ProgressItem>(placeForBook(bookId), mine);
}

/** The most recent place in any book, for the "继续收听" card. */
export async function latestPlace(): Promise<ProgressItem | null> {
  const server = await serverPlaces();
  return newerPlace<ProgressItem>(readPlaces()[0], server[0]);
}
