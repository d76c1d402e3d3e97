// The one player of the app: which book and chapter, where in it, how fast, and when to stop. It drives the
// platform audio engine (its events arrive through engine-binding.ts) and has what was heard remembered and reported
// (player-reporting.ts) — without ever waiting for the server to play. Only what was really heard moves the place:
// opening a book, choosing a chapter or a failed load leave 继续收听 as it was. A failure says why in a sentence
// (player-messages.ts), and 播放 or 重试 after it loads the same chapter afresh at the same place.
import { create } from 'zustand';
import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';
import { messageOf } from '../../../lib/api-error';
import { useNowPlaying } from '../../../lib/now-playing';
import { blockedByBrowser, interrupted, sameSource, type AudioTrack } from '../audio/audio-engine';
import { audioEngine } from '../audio/create-audio-engine';
import { getBook } from '../api/get-book';
import { importLocalPlaces, retryWaitingReports } from '../progress/progress-sync';
import { findResumePlace } from '../progress/find-resume-place';
import { startPosition } from '../progress/resume-point';
import { bindEngine, createStallWatch } from './engine-binding';
import { saveRate, savedRate, type Rate } from './playback-rates';
import { BLOCKED_MESSAGE, failedMessage, SLOW_MESSAGE } from './player-messages';
import { createReporting } from './player-reporting';
import { describeNowPlaying } from './now-playing-summary';
import { armSleepTimer, type SleepChoice } from './sleep-timer';

export type PlayerStatus = 'idle' | 'loading' | 'ready' | 'buffering' | 'playing' | 'paused' | 'finished' | 'error';

export const SKIP_SECONDS = 15;

/** Loading this long without a sound: say so, and offer 重试 (while it goes on trying). */
const STALL_MS = 15_000;

interface PlayerState {
  book: BookSummary | null;
  chapters: Chapter[];
  index: number;
  status: PlayerStatus;
  position: number;
  duration: number;
  rate: Rate;
  sleep: SleepChoice | null;
  sleepEndsAt: number | null;
  /** What went wrong or what to do, in a sentence; null when all is well. */
  message: string | null;
  /** Loading has gone on a long time (status stays buffering): the message says so and 重试 is offered. */
  slow: boolean;
  /** Something of this chapter was really played since it was loaded: only then is its place remembered and reported. */
  heard: boolean;
  /** Something of this book was played in this visit (the playing bar then follows it to every page). */
  listened: boolean;
  open: (bookId: number, chapterId: number | undefined, autoplay: boolean) => Promise<void>;
  /** Scan page: start a chapter inside the tap itself (H5 allows sound only there), before the player page opens. */
  startInTap: (book: BookSummary, chapters: Chapter[], index: number, position: number) => void;
  /** Plays; after a failure (or a long wait), a fresh load of the same chapter at the same place. */
  play: () => void;
  /** A fresh load of the same chapter at the same place. */
  retry: () => void;
  pause: () => void;
  toggle: () => void;
  seekTo: (seconds: number) => void;
  skip: (seconds: number) => void;
  setRate: (rate: Rate) => void;
  /** Plays another chapter from its start (a chapter list tap, the next button, or auto-advance). */
  chooseChapter: (index: number) => void;
  previous: () => void;
  next: () => void;
  setSleep: (choice: SleepChoice | null) => void;
  /** Leaving or hiding the page: remember and report now. */
  flush: (keepalive: boolean) => void;
}

/** The engine's last load failed: the next start must load afresh (a failed element never plays again by itself). */
let engineFailed = false;

export const usePlayerStore = create<PlayerState>()((set, get) => {
  const engine = () => audioEngine();
  const chapter = (): Chapter | null => get().chapters[get().index] ?? null;
  const reporting = createReporting(() => ({
    book: get().book,
    chapter: chapter(),
    position: get().position,
    rate: get().rate,
    heard: get().heard,
  }));
  const { remember, report } = reporting;
  const stall = createStallWatch(STALL_MS, () => {
    if (get().status === 'buffering') set({ slow: true, message: SLOW_MESSAGE });
  });

  const track = (c: Chapter, startAt: number): AudioTrack => {
    const book = get().book;
    return {
      src: c.audioUrl,
      title: c.title,
      album: book?.title ?? '',
      artist: book?.reader || book?.author || '',
      startAt,
    };
  };

  const readPosition = () => {
    const position = engine().currentTime();
    if (Math.abs(position - get().position) >= 0.2) set({ position });
    return position;
  };

  const fail = () => {
    reporting.stopListening();
    stall.stop();
    engineFailed = true;
    // The place stays where it was heard: the element forgets it once it has failed.
    set({ status: 'error', slow: false, message: failedMessage(engine().failure(), get().position >= 1) });
  };

  const onEnded = () => {
    reporting.stopListening();
    const { index, chapters, sleep } = get();
    set({ position: chapter()?.duration ?? get().position });
    report();
    remember();
    if (sleep === 'chapter') {
      set({ status: 'paused', sleep: null, message: '这一章听完了，按您定的时间停止播放。' });
    } else if (index + 1 < chapters.length) {
      get().chooseChapter(index + 1);
    } else {
      set({ status: 'finished', message: '这本书已经听完了。' });
    }
  };

  const bind = () => {
    const e = engine();
    bindEngine(
      e,
      () => {
        const c = chapter();
        return get().book && c ? c.audioUrl : null;
      },
      {
        play: () => {
          if (get().status !== 'playing') set({ status: 'buffering', message: null });
        },
        playing: () => {
          stall.stop();
          set({ status: 'playing', message: null, slow: false, duration: e.duration() || get().duration });
        },
        waiting: () => {
          set({ status: 'buffering' });
          stall.watch();
        },
        durationchange: () => {
          if (e.duration() > 0) set({ duration: e.duration() });
        },
        timeupdate: () => {
          if (engineFailed) return;
          const position = readPosition();
          if (e.paused()) return;
          if (!get().heard && get().status === 'playing') set({ heard: true, listened: true });
          reporting.heardAt(position, get().rate);
        },
        pause: () => {
          reporting.stopListening();
          stall.stop();
          // A failed element stops too; its clock then reads 0, not where the listener was.
          if (engineFailed || get().status === 'error') return;
          readPosition();
          if (get().status !== 'finished') set({ status: 'paused', slow: false });
          remember();
          report();
        },
        ended: onEnded,
        error: fail,
      },
      {
        play: () => get().play(),
        pause: () => get().pause(),
        seekBy: (s) => get().skip(s),
        previous: () => get().previous(),
        next: () => get().next(),
      },
    );
  };

  /**
   * Starts the current chapter from `position`: goes on with what the engine holds if it is this chapter and
   * healthy, else loads it afresh (`fresh` forces that: a retry).
   */
  const start = (position: number, fresh = false) => {
    const c = chapter();
    if (!c) return;
    bind();
    const e = engine();
    e.setRate(get().rate);
    reporting.restartClock();
    const goOn = !fresh && !engineFailed && sameSource(e.currentSrc(), c.audioUrl);
    engineFailed = false;
    const started = goOn ? e.play() : e.load(track(c, position));
    set({ status: 'buffering', message: null, slow: false });
    stall.watch();
    started.catch((error: unknown) => {
      // A refusal needs words; an interrupted start (another chapter chosen, or 暂停 at once) needs none.
      if (blockedByBrowser(error)) set({ status: 'paused', message: BLOCKED_MESSAGE });
      else if (!interrupted(error) && chapter() === c && get().status !== 'error') fail();
    });
  };

  return {
    book: null,
    chapters: [],
    index: 0,
    status: 'idle',
    position: 0,
    duration: 0,
    rate: savedRate(),
    sleep: null,
    sleepEndsAt: null,
    message: null,
    slow: false,
    heard: false,
    listened: false,

    open: async (bookId, chapterId, autoplay) => {
      void retryWaitingReports();
      void importLocalPlaces();
      const current = get();
      const playing = chapter();
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
        if (current.book.id !== bookId) engine().pause();
      }
      stall.stop();
      set({ status: 'loading', message: null, slow: false });
      try {
        const [{ book, chapters }, place] = await Promise.all([getBook({ bookId }), findResumePlace(bookId)]);
        if (chapters.length === 0) {
          set({
            book: null,
            chapters: [],
            status: 'error',
            message: '这本书还没有可以听的章节。请回到书架，先听别的书。',
          });
          return;
        }
        const wanted = chapterId ?? place?.chapterId;
        const index = Math.max(
          0,
          chapters.findIndex((c) => c.id === wanted),
        );
        const c = chapters[index];
        const e = engine();
        bind();
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
        if (autoplay && !attached) start(position);
      } catch (error) {
        // The book itself did not come: the page says why, with 重试 (the page opens it again).
        set({ book: null, chapters: [], status: 'error', message: messageOf(error) });
      }
    },

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
      start(position);
    },

    play: () => {
      const { status, position, slow } = get();
      if (status === 'finished') {
        get().chooseChapter(0);
        return;
      }
      start(position, status === 'error' || slow);
    },

    retry: () => {
      if (!chapter()) return;
      start(get().position, true);
    },

    pause: () => {
      engine().pause();
    },

    toggle: () => {
      const { status } = get();
      if (status === 'playing' || status === 'buffering') get().pause();
      else get().play();
    },

    seekTo: (seconds) => {
      const c = chapter();
      if (!c) return;
      const end = get().duration || c.duration;
      const target = Math.max(0, Math.min(seconds, end - 0.5));
      reporting.stopListening(); // a jump is not listening
      set({ position: target });
      const e = engine();
      if (sameSource(e.currentSrc(), c.audioUrl)) e.seek(target);
      remember();
    },

    skip: (seconds) => get().seekTo(get().position + seconds),

    setRate: (rate) => {
      set({ rate });
      saveRate(rate);
      engine().setRate(rate);
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
        reporting.stopListening();
        report();
      }
      const c = chapters[index];
      // The new chapter is remembered once some of it has been heard, not before.
      set({ index, position: 0, duration: c.duration, message: null, heard: false });
      start(0);
    },

    previous: () => get().chooseChapter(get().index - 1),
    next: () => get().chooseChapter(get().index + 1),

    setSleep: (choice) => {
      const endsAt = armSleepTimer(choice, () => {
        get().pause();
        set({ sleep: null, sleepEndsAt: null, message: '定时到了，已经停止播放。' });
      });
      set({ sleep: choice, sleepEndsAt: endsAt });
    },

    flush: (keepalive) => {
      if (!chapter()) return;
      if (get().status === 'playing') readPosition();
      remember();
      report(keepalive);
    },
  };
});

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
