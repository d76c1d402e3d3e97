// The player's state and what it can be asked to do (player-store.ts holds it; player-playback.ts and
// open-book.ts change it through StoreAccess).
import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';
import { savedRate, type Rate } from './playback-rates';
import type { SleepChoice } from './sleep-timer';

export type PlayerStatus = 'idle' | 'loading' | 'ready' | 'buffering' | 'playing' | 'paused' | 'finished' | 'error';

export interface PlayerFields {
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
}

export interface PlayerActions {
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

export type PlayerState = PlayerFields & PlayerActions;

/** How the pieces outside the store read and change it. */
export interface StoreAccess {
  get: () => PlayerState;
  set: (change: Partial<PlayerFields>) => void;
}

export function initialFields(): PlayerFields {
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
  };
}

/** The chapter on show, or null before a book is open. */
export function currentChapter(store: StoreAccess): Chapter | null {
  return store.get().chapters[store.get().index] ?? null;
}
