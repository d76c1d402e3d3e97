// The player's hold on the audio engine: starting a chapter (going on with what the engine holds, or loading it
// afresh), what each engine event does to the player's state, and what was heard remembered and reported
// (player-reporting.ts). A failure says why (player-messages.ts) and keeps the place that was heard.
import type { Chapter } from '../../../../contracts/audiobooks';
import { blockedByBrowser, interrupted, sameSource, type AudioTrack } from '../audio/audio-engine';
import { audioEngine } from '../audio/create-audio-engine';
import { bindEngine, createStallWatch, type EngineHandlers, type StallWatch } from './engine-binding';
import { BLOCKED_MESSAGE, failedMessage, SLOW_MESSAGE } from './player-messages';
import { createReporting, type Reporting } from './player-reporting';
import { currentChapter, type StoreAccess } from './player-state';

/** Loading this long without a sound: say so, and offer 重试 (while it goes on trying). */
const STALL_MS = 15_000;

export type Playback = ReturnType<typeof createPlayback>;

export function createPlayback(store: StoreAccess) {
  const { get, set } = store;
  const engine = () => audioEngine();
  const chapter = () => currentChapter(store);
  const reporting = createReporting(() => ({
    book: get().book,
    chapter: chapter(),
    position: get().position,
    rate: get().rate,
    heard: get().heard,
  }));
  const stall = createStallWatch(STALL_MS, () => {
    if (get().status === 'buffering') set({ slow: true, message: SLOW_MESSAGE });
  });
  /** The engine's last load failed: the next start must load afresh (a failed element never plays again by itself). */
  const health = { failed: false };

  const readPosition = () => {
    const position = engine().currentTime();
    if (Math.abs(position - get().position) >= 0.2) set({ position });
    return position;
  };

  const fail = () => {
    reporting.stopListening();
    stall.stop();
    health.failed = true;
    // The place stays where it was heard: the element forgets it once it has failed.
    set({ status: 'error', slow: false, message: failedMessage(engine().failure(), get().position >= 1) });
  };

  const bind = () =>
    bindEngine(
      engine(),
      () => {
        const c = chapter();
        return get().book && c ? c.audioUrl : null;
      },
      engineHandlers(store, { reporting, stall, health, readPosition, fail }),
      {
        play: () => get().play(),
        pause: () => get().pause(),
        seekBy: (s) => get().skip(s),
        previous: () => get().previous(),
        next: () => get().next(),
      },
    );

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
    const goOn = !fresh && !health.failed && sameSource(e.currentSrc(), c.audioUrl);
    health.failed = false;
    const started = goOn ? e.play() : e.load(trackOf(store, c, position));
    set({ status: 'buffering', message: null, slow: false });
    stall.watch();
    started.catch((error: unknown) => {
      // A refusal needs words; an interrupted start (another chapter chosen, or 暂停 at once) needs none.
      if (blockedByBrowser(error)) set({ status: 'paused', message: BLOCKED_MESSAGE });
      else if (!interrupted(error) && chapter() === c && get().status !== 'error') fail();
    });
  };

  return { engine, bind, start, readPosition, reporting, stopStall: () => stall.stop() };
}

function trackOf(store: StoreAccess, c: Chapter, startAt: number): AudioTrack {
  const book = store.get().book;
  return {
    src: c.audioUrl,
    title: c.title,
    album: book?.title ?? '',
    artist: book?.reader || book?.author || '',
    startAt,
  };
}

interface EngineParts {
  reporting: Reporting;
  stall: StallWatch;
  health: { failed: boolean };
  readPosition: () => number;
  fail: () => void;
}

/** What each engine event does to the player. */
function engineHandlers(store: StoreAccess, parts: EngineParts): EngineHandlers {
  const { get, set } = store;
  const { reporting, stall, health, readPosition, fail } = parts;
  const e = audioEngine();
  return {
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
      if (health.failed) return;
      const position = readPosition();
      if (e.paused()) return;
      if (!get().heard && get().status === 'playing') set({ heard: true, listened: true });
      reporting.heardAt(position, get().rate);
    },
    pause: () => {
      reporting.stopListening();
      stall.stop();
      // A failed element stops too; its clock then reads 0, not where the listener was.
      if (health.failed || get().status === 'error') return;
      readPosition();
      if (get().status !== 'finished') set({ status: 'paused', slow: false });
      reporting.remember();
      reporting.report();
    },
    ended: () => onEnded(store, reporting),
    error: fail,
  };
}

/** A chapter heard to its end: its end is remembered, then the next one plays, unless the sleep timer said stop. */
function onEnded(store: StoreAccess, reporting: Reporting): void {
  const { get, set } = store;
  reporting.stopListening();
  const { index, chapters, sleep } = get();
  set({ position: currentChapter(store)?.duration ?? get().position });
  reporting.report();
  reporting.remember();
  if (sleep === 'chapter') {
    set({ status: 'paused', sleep: null, message: '这一章听完了，按您定的时间停止播放。' });
  } else if (index + 1 < chapters.length) {
    get().chooseChapter(index + 1);
  } else {
    set({ status: 'finished', message: '这本书已经听完了。' });
  }
}
