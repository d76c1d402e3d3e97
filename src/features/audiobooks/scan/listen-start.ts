// Where a scanned book or chapter starts, worked out before the tap so that 开始收听 can start the sound at once
// (inside the tap, as browsers require): a chapter's code plays that chapter; a book's code picks up where this
// listener stopped (on this phone or, signed in, on another), else at chapter 1 (start-place.ts).
import type { ProgressItem } from '../../../../contracts/audiobooks';
import type { ListenScene } from '../../../../contracts/qrcode';
import { findResumePlace } from '../progress/find-resume-place';
import { startAt, type ListenStart } from './start-place';

export type { ListenStart } from './start-place';

/** null: the book has no chapter to play yet. `accountPlaces` may have been asked for early (see listen-opener). */
export async function listenStart(
  scene: ListenScene,
  accountPlaces: Promise<ProgressItem[]>,
): Promise<ListenStart | null> {
  if (scene.chapters.length === 0) return null;
  return startAt(scene, await findResumePlace(scene.bookId, accountPlaces));
}
