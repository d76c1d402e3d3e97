// The one player of the app: which book and chapter, where in it, how fast, and when to stop. It drives the
// platform audio engine, remembers the place on the device every few seconds and reports it to the server
// every 10 s while playing, on pause and on leaving — without ever waiting for the server to play.
import { create } from 'zustand';
import type { BookSummary, Chapter } from '../../../../contracts/audiobooks';
import { messageOf } from '../../../lib/api-error';
import { blockedByBrowser, sameSource, type AudioTrack } from '../audio/audio-engine';
import { audioEngine } from '../audio/create-audio-engine';
import { getBook } from '../api/get-book';
import { ListenedTracker } from '../progress/listened-tracker';
import { mayHaveAccount } from '../progress/listener-identity';
import { savePlace } from '../progress/local-places';
import { importLocalPlaces, reportProgress, retryWaitingReports } from '../progress/progress-sync';
import { findResumePlace } from '../progress/find-resume-place';
import { startPosition } from '../progress/resume-point';
import { saveRate, savedRate, type Rate } from './playback-rates';
import { armSleepTimer, type SleepChoice } from './sleep-timer';

export type PlayerStatus = 'idle' | 'loading' | 'ready' | 'buffering' | 'playing' | 'paused' | 'finished' | 'error';

const REPORT_EVERY_MS = 10_000;
const REMEMBER_EVERY_MS = 2_000;
export const SKIP_SECONDS = 15;

const BLOCKED_MESSAGE = '请点一下“播放”按钮，就能听到声音。';
const AUDIO_FAILED = '这一章的声音没有加载出来。请检查网络，再点“播放”试试。';

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
  open: (bookId: number, chapterId: number | undefined, autoplay: boolean) => Promise<void>;
  /** Scan page: start a chapter inside the tap itself (H5 allows sound only there), before the player page opens. */
  startInTap: (book: BookSummary, chapters: Chapter[], index: number, position: number) => void;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  seekTo: (seconds: number) => void;
  skip: (seconds: number) => void;
  setRate: (rate: Rate) => void;
  /** Plays another chapter from its start (a chapter list tap, the next button, or auto-advance). */
  chooseChapter: (index: number) => void;
  setSleep: (choice: SleepChoice | null) => void;
  /** Leaving or hiding the page: remember and report now. */
  flush: (keepalive: boolean) => void;
}

const tracker = new ListenedTracker();
let lastReportAt = 0;
let lastRememberAt = 0;
let bound = false;

export const usePlayerStore = create<PlayerState>()((set, get) => {
  const engine = () => audioEngine();
  const chapter = (): Chapter | null => get().chapters[get().index] ?? null;

  const track = (c: Chapter, startAt: number): AudioTrack => {
    const book = get().book;
    return { src: c.audioUrl, title: c.title, album: book?.title ?? '', artist: book?.reader || book?.author || '', startAt };
  };

  const remember = () => {
    const { book, position } = get();
    const c = chapter();
    if (!book || !c) return;
    lastRememberAt = Date.now();
    savePlace({
      bookId: book.id,
      bookTitle: book.title,
      chapterId: c.id,
      chapterTitle: c.title,
      chapterSeq: c.seq,
      position: Math.round(position * 10) / 10,
      duration: c.duration,
      updatedAt: new Date().toISOString(),
      pendingImport: !mayHaveAccount(),
    });
  };

  const report = (keepalive = false) => {
    const c = chapter();
    if (!c) return;
    lastReportAt = Date.now();
    const position = Math.min(Math.round(get().position * 10) / 10, c.duration);
    void reportProgress({ chapterId: c.id, position, listened: tracker.take(), rate: get().rate }, { keepalive }).then((result) => {
      // Refused as a listener without an account: the place waits on the device to be imported at sign-in.
      if (result === 'local-only') remember();
    });
  };

  const readPosition = () => {
    const position = engine().currentTime();
    if (Math.abs(position - get().position) >= 0.2) set({ position });
    return position;
  };

  const onEnded = () => {
    tracker.stop();
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
    if (bound) return;
    bound = true;
    const e = engine();
    e.on((event) => {
      if (!get().book) return;
      switch (event) {
        case 'play':
          if (get().status !== 'playing') set({ status: 'buffering', message: null });
          break;
        case 'playing':
          set({ status: 'playing', message: null, duration: e.duration() || get().duration });
          break;
        case 'waiting':
          set({ status: 'buffering' });
          break;
        case 'durationchange':
          if (e.duration() > 0) set({ duration: e.duration() });
          break;
        case 'timeupdate': {
          const position = readPosition();
          if (e.paused()) break;
          tracker.heardAt(position, Date.now(), get().rate);
          if (Date.now() - lastRememberAt >= REMEMBER_EVERY_MS) remember();
          if (Date.now() - lastReportAt >= REPORT_EVERY_MS) report();
          break;
        }
        case 'pause':
          tracker.stop();
          readPosition();
          if (get().status !== 'finished') set({ status: 'paused' });
          remember();
          report();
          break;
        case 'ended':
          onEnded();
          break;
        case 'error':
          tracker.stop();
          set({ status: 'error', message: AUDIO_FAILED });
          break;
      }
    });
    e.setRemoteControls({
      play: () => get().play(),
      pause: () => get().pause(),
      seekBy: (s) => get().skip(s),
      previous: () => get().chooseChapter(get().index - 1),
      next: () => get().chooseChapter(get().index + 1),
    });
  };

  /** Starts the current chapter from `position`, loading it if the engine holds something else. */
  const start = (position: number) => {
    const c = chapter();
    if (!c) return;
    bind();
    const e = engine();
    e.setRate(get().rate);
    lastReportAt = Date.now();
    const started = sameSource(e.currentSrc(), c.audioUrl) ? e.play() : e.load(track(c, position));
    set({ status: 'buffering', message: null });
    started.catch((error: unknown) => {
      // Only a refusal needs words; an interrupted start (another chapter chosen) does not.
      if (blockedByBrowser(error)) set({ status: 'paused', message: BLOCKED_MESSAGE });
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

    open: async (bookId, chapterId, autoplay) => {
      void retryWaitingReports();
      void importLocalPlaces();
      const current = get();
      const playing = chapter();
      if (current.book?.id === bookId && playing && (chapterId === undefined || chapterId === playing.id) && current.status !== 'error') {
        return; // Already open here (e.g. the scan page started it): nothing to reload.
      }
      if (current.book) get().flush(false);
      set({ status: 'loading', message: null });
      try {
        const [{ book, chapters }, place] = await Promise.all([getBook({ bookId }), findResumePlace(bookId)]);
        if (chapters.length === 0) {
          set({ book, chapters, status: 'error', message: '这本书还没有可以听的章节。' });
          return;
        }
        const wanted = chapterId ?? place?.chapterId;
        const index = Math.max(0, chapters.findIndex((c) => c.id === wanted));
        const c = chapters[index];
        const e = engine();
        bind();
        // The engine may already be playing this chapter (WeChat keeps playing between pages).
        const attached = sameSource(e.currentSrc(), c.audioUrl);
        const position = attached ? e.currentTime() : startPosition(place, c.id, c.duration);
        set({
          book,
          chapters,
          index,
          position,
          duration: c.duration,
          status: attached ? (e.paused() ? 'paused' : 'playing') : 'ready',
        });
        if (autoplay && !attached) start(position);
      } catch (error) {
        set({ status: 'error', message: messageOf(error) });
      }
    },

    startInTap: (book, chapters, index, position) => {
      const c = chapters[index];
      if (!c) return;
      if (get().book && get().book?.id !== book.id) get().flush(false);
      set({ book, chapters, index, position, duration: c.duration, status: 'buffering', message: null });
      start(position);
    },

    play: () => {
      const { status, position } = get();
      if (status === 'finished') {
        get().chooseChapter(0);
        return;
      }
      start(position);
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
      tracker.stop(); // a jump is not listening
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
        tracker.stop();
        report();
      }
      const c = chapters[index];
      set({ index, position: 0, duration: c.duration, message: null });
      remember();
      start(0);
    },

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
