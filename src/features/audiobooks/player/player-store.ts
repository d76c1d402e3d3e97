// The one player of the app: which book and chapter, where in it, how fast, and when to stop. It drives the
// platform audio engine (player-playback.ts, whose events arrive through engine-binding.ts) and has what was heard
// remembered and reported (player-reporting.ts) — without ever waiting for the server to play. Only what was really
// heard moves the place: opening a book (open-book.ts), choosing a chapter or a failed load leave 继续收听 as it was.
// A failure says why in a sentence (player-messages.ts), and 播放 or 重试 after it loads the same chapter afresh at
// the same place. The state and its actions' types are in player-state.ts.
import { create } from 'zustand';
import { useNowPlaying } from '../../../lib/now-playing';
import { sameSource } from '../audio/audio-engine';
import { describeNowPlaying } from './now-playing-summary';
import { openBook } from './open-book';
import { saveRate } from './playback-rates';
import { createPlayback, type Playback } from './player-playback';
import { currentChapter, initialFields, type PlayerActions, type PlayerState, type StoreAccess } from './player-state';
import { armSleepTimer } from './sleep-timer';

export type { PlayerStatus } from './player-state';

export const SKIP_SECONDS = 15;

export const usePlayerStore = create<PlayerState>()((set, get) => {
  const store: StoreAccess = { get, set };
  const playback = createPlayback(store);
  return {
    ...initialFields(),
    ...chapterActions(store, playback),
    ...controlActions(store, playback),
  };
});

/** Which book and chapter: opening, a start inside a tap, choosing one, and the one before or after. */
function chapterActions(
  store: StoreAccess,
  playback: Playback,
): Pick<PlayerActions, 'open' | 'startInTap' | 'chooseChapter' | 'previous' | 'next'> {
  const { get, set } = store;
  return {
    open: (bookId, chapterId, autoplay) => openBook(store, playback, bookId, chapterId, autoplay),

    startInTap: (book, chapters, index, position) => {
      const c = chapters[index];
      if (!c) return;
      const sameBook = get().book?.id === book.id;
      if (get().book && !sameBook) get().flush(false);
      set({
        book,
        chapters,
        index,
        position,
        duration: c.duration,
        status: 'buffering',
        message: null,
        heard: false,
        listened: sameBook && get().listened,
      });
      playback.start(position);
    },

    chooseChapter: (index) => {
      const { chapters, status } = get();
      if (index < 0 || index >= chapters.length) return;
      if (index === get().index && status !== 'finished') {
        // The chapter already on: a tap means "listen", not "start again and lose my place".
        if (status !== 'playing' && status !== 'buffering') get().play();
        return;
      }
      if (status === 'playing' || status === 'buffering' || status === 'paused') {
        playback.reporting.stopListening();
        playback.reporting.report();
      }
      const c = chapters[index];
      // The new chapter is remembered once some of it has been heard, not before.
      set({ index, position: 0, duration: c.duration, message: null, heard: false });
      playback.start(0);
    },

    previous: () => get().chooseChapter(get().index - 1),
    next: () => get().chooseChapter(get().index + 1),
  };
}

/** Within the chapter: play, pause, a jump, the speed, the sleep timer, and remembering on the way out. */
function controlActions(
  store: StoreAccess,
  playback: Playback,
): Omit<PlayerActions, 'open' | 'startInTap' | 'chooseChapter' | 'previous' | 'next'> {
  const { get, set } = store;
  const { reporting } = playback;
  return {
    play: () => {
      const { status, position, slow } = get();
      if (status === 'finished') {
        get().chooseChapter(0);
        return;
      }
      playback.start(position, status === 'error' || slow);
    },

    retry: () => {
      if (!currentChapter(store)) return;
      playback.start(get().position, true);
    },

    pause: () => playback.engine().pause(),

    toggle: () => {
      const { status } = get();
      if (status === 'playing' || status === 'buffering') get().pause();
      else get().play();
    },

    seekTo: (seconds) => {
      const c = currentChapter(store);
      if (!c) return;
      const end = get().duration || c.duration;
      const target = Math.max(0, Math.min(seconds, end - 0.5));
      reporting.stopListening(); // a jump is not listening
      set({ position: target });
      const e = playback.engine();
      if (sameSource(e.currentSrc(), c.audioUrl)) e.seek(target);
      reporting.remember();
    },

    skip: (seconds) => get().seekTo(get().position + seconds),

    setRate: (rate) => {
      set({ rate });
      saveRate(rate);
      playback.engine().setRate(rate);
    },

    setSleep: (choice) => {
      const endsAt = armSleepTimer(choice, () => {
        get().pause();
        set({ sleep: null, sleepEndsAt: null, message: '定时到了，已经停止播放。' });
      });
      set({ sleep: choice, sleepEndsAt: endsAt });
    },

    flush: (keepalive) => {
      if (!currentChapter(store)) return;
      if (get().status === 'playing') playback.readPosition();
      reporting.remember();
      reporting.report(keepalive);
    },
  };
}

// Every page's playing bar (src/lib/now-playing) follows this player; it is told only when what it shows changes.
const barControls = {
  play: () => usePlayerStore.getState().play(),
  pause: () => usePlayerStore.getState().pause(),
  retry: () => usePlayerStore.getState().retry(),
};
let shown = '';
usePlayerStore.subscribe((state) => {
  const now = describeNowPlaying(state);
  const key = JSON.stringify(now);
  if (key === shown) return;
  shown = key;
  useNowPlaying.getState().publish(now, barControls);
});
