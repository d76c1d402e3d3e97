// Where a scanned book or chapter starts, once the listener's place is known, and the sentence that says so: pure,
// for the app's scan landing (listen-start.ts) and the lean one (src/features/audiobooks/lean) alike.
import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';
import type { ListenScene } from '../../../../contracts/qrcode';
import { spokenDuration } from '../../../entities/time/durations';
import { startPosition, type Place } from '../progress/resume-point';

export interface ListenStart<C extends Pick<Chapter, 'id' | 'duration'> = Chapter> {
  book: BookSummary;
  chapters: C[];
  index: number;
  position: number;
}

/** A chapter's code plays that chapter; a book's code picks up at `place`, else chapter 1. null: no chapter yet. */
export function startAt<C extends Pick<Chapter, 'id' | 'duration'>>(
  scene: Pick<ListenScene, 'book' | 'chapterId'> & { chapters: C[] },
  place: Place | null,
): ListenStart<C> | null {
  const { book, chapters } = scene;
  if (chapters.length === 0) return null;
  const wanted = scene.chapterId ?? place?.chapterId;
  const index = Math.max(
    0,
    chapters.findIndex((c) => c.id === wanted),
  );
  return { book, chapters, index, position: startPosition(place, chapters[index].id, chapters[index].duration) };
}

/** Where 开始收听 will start, in a sentence. */
export function whereWords(chapter: Pick<Chapter, 'seq' | 'title'>, position: number): string {
  return position > 0
    ? `从上次停下的地方（第${chapter.seq}章 ${spokenDuration(position)}）接着听。`
    : `从第${chapter.seq}章“${chapter.title}”开始听。`;
}
