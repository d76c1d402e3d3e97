// Opening a book on the player page: its chapters and where the listener stopped, without a sound until asked
// (autoplay), and without reloading what is already open (the scan page may have started it).
import { messageOf } from '../../../lib/api-error';
import { sameSource } from '../audio/audio-engine';
import { getBook } from '../api/get-book';
import { findResumePlace } from '../progress/find-resume-place';
import { importLocalPlaces, retryWaitingReports } from '../progress/progress-sync';
import { startPosition } from '../progress/resume-point';
import type { Playback } from './player-playback';
import { currentChapter, type StoreAccess } from './player-state';

const NO_CHAPTERS = '这本书还没有可以听的章节。请回到书架，先听别的书。';

export async function openBook(
  store: StoreAccess,
  playback: Playback,
  bookId: number,
  chapterId: number | undefined,
  autoplay: boolean,
): Promise<void> {
  const { get, set } = store;
  void retryWaitingReports();
  void importLocalPlaces();
  const current = get();
  const playing = currentChapter(store);
  if (
    current.book?.id === bookId &&
    playing &&
    (chapterId === undefined || chapterId === playing.id) &&
    current.status !== 'error'
  ) {
    return; // Already open here (e.g. the scan page started it): nothing to reload.
  }
  if (current.book) {
    get().flush(false);
    // Another book is opened: the one playing stops, so what is heard is always what the screens show.
    if (current.book.id !== bookId) playback.engine().pause();
  }
  playback.stopStall();
  set({ status: 'loading', message: null, slow: false });
  try {
    const [{ book, chapters }, place] = await Promise.all([getBook({ bookId }), findResumePlace(bookId)]);
    if (chapters.length === 0) {
      set({ book: null, chapters: [], status: 'error', message: NO_CHAPTERS });
      return;
    }
    const wanted = chapterId ?? place?.chapterId;
    const index = Math.max(
      0,
      chapters.findIndex((c) => c.id === wanted),
    );
    const c = chapters[index];
    const e = playback.engine();
    playback.bind();
    // The engine may already be playing this chapter (WeChat keeps playing between pages).
    const attached = sameSource(e.currentSrc(), c.audioUrl);
    const position = attached ? e.currentTime() : startPosition(place, c.id, c.duration);
    const sameBook = current.book?.id === book.id;
    set({
      book,
      chapters,
      index,
      position,
      duration: c.duration,
      status: attached ? (e.paused() ? 'paused' : 'playing') : 'ready',
      heard: false,
      listened: sameBook && current.listened,
    });
    if (autoplay && !attached) playback.start(position);
  } catch (error) {
    // The book itself did not come: the page says why, with 重试 (the page opens it again).
    set({ book: null, chapters: [], status: 'error', message: messageOf(error) });
  }
}
