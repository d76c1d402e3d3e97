// The player's binding to the platform audio engine: its events reach the player once, only for the chapter on
// show (a late event of one left behind must not move this one's place), and the lock screen's controls drive it.
// Also the stall watch: loading that goes on too long is said, while it goes on trying.
import type { AudioEngine, AudioEvent, RemoteControls } from '../audio/audio-engine';
import { sameSource } from '../audio/audio-engine';

/** What the player does on each engine event (a missing one is a compile error). */
export type EngineHandlers = Record<AudioEvent, () => void>;

let bound = false;

/**
 * Binds once for the life of the app (the engine outlives every page). `onShow` gives the audio url of the chapter
 * on show, or null when there is none.
 */
export function bindEngine(
  engine: AudioEngine,
  onShow: () => string | null,
  handlers: EngineHandlers,
  remote: RemoteControls,
): void {
  if (bound) return;
  bound = true;
  engine.on((event) => {
    const url = onShow();
    if (url === null || !sameSource(engine.currentSrc(), url)) return;
    handlers[event]();
  });
  engine.setRemoteControls(remote);
}

export interface StallWatch {
  /** Loading started (or the sound ran dry): calls `onStall` if nothing changed after a while. */
  watch: () => void;
  stop: () => void;
}

export function createStallWatch(ms: number, onStall: () => void): StallWatch {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  return {
    watch: () => {
      stop();
      timer = setTimeout(() => {
        timer = null;
        onStall();
      }, ms);
    },
    stop,
  };
}
