// Where a scanned book or chapter starts, worked out before the tap so that 开始收听 can start the sound at once
// (inside the tap, as browsers require): a chapter's code plays that chapter; a book's code picks up where this
// listener stopped (on this phone or, signed in, on another), else at chapter 1.
import type { BookSummary, Chapter, ProgressItem } from '../../../../contracts/audiobooks';
import type { ListenScene } from '../../../../contracts/qrcode';
import { findResumePlace } from '../progress/find-resume-place';
import { startPosition } from '../progress/resume-point';

export interface ListenStart {
  book: BookSummary;
  chapters: Chapter[];
  index: number;
  position: number;
}

/** null: the book has no chapter to play yet. `accountPlaces` may have been asked for early (see listen-opener). */
export async function listenStart(
  scene: ListenScene,
  accountPlaces: Promise<ProgressItem[]>,
): Promise<ListenStart | null> {
  const { book, chapters } = scene;
  if (chapters.length === 0) return null;
  const place = await findResumePlace(scene.bookId, accountPlaces);
  const wanted = scene.chapterId ?? place?.chapterId;
  const index = Math.max(
    0,
    chapters.findIndex((c) => c.id === wanted),
  );
  return { book, chapters, index, position: startPosition(place, chapters[index].id, chapters[index].duration) };
}
