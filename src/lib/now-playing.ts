// What is playing now, for the small bar every page shows (the kit's PlayingBar, drawn by the page frame). The
// audiobook player publishes it; the bar reads it and sends 暂停 / 播放 / 重试 back through the player's controls.
// It lives here, below the kit, so every page has the bar without the kit or a page knowing about audiobooks.
import { create } from 'zustand';

/** `stalled`: still loading after a long wait (it goes on trying); `failed`: it stopped. Both offer 重试. */
export type NowPlayingStatus = 'playing' | 'loading' | 'stalled' | 'paused' | 'failed';

export interface NowPlaying {
  /** What is heard, e.g. "红色家书 第2章". */
  title: string;
  status: NowPlayingStatus;
  /** failed or stalled: what went wrong and what to do, in a sentence. */
  message: string | null;
  /** False: shown on the player page only (e.g. a chapter that failed before anything was heard). */
  everywhere: boolean;
  /** The full player (path, no query): the bar stays out of its way there, unless something failed. */
  playerPath: string;
  /** The full player with its query, opened by a tap on the bar's words. */
  playerUrl: string;
}

export interface NowPlayingControls {
  play: () => void;
  pause: () => void;
  /** A fresh load of the same chapter at the same place. */
  retry: () => void;
}

interface NowPlayingState {
  now: NowPlaying | null;
  controls: NowPlayingControls | null;
  /** Set when 暂停 was pressed on the bar itself: the bar then stays (saying 已暂停, with 播放) so it does not vanish under the finger. */
  pausedHere: boolean;
  publish: (now: NowPlaying | null, controls: NowPlayingControls) => void;
  pauseFromBar: () => void;
}

export const useNowPlaying = create<NowPlayingState>()((set, get) => ({
  now: null,
  controls: null,
  pausedHere: false,
  publish: (now, controls) => {
    // Playing again (from anywhere): a later pause elsewhere hides the bar as usual.
    const pausedHere = now?.status === 'playing' ? false : get().pausedHere;
    set({ now, controls, pausedHere });
  },
  pauseFromBar: () => {
    set({ pausedHere: true });
    get().controls?.pause();
  },
}));

/** Whether the bar shows on the page at `path`: while sound plays, loads or failed; paused only after its own 暂停. */
export function barVisible(state: Pick<NowPlayingState, 'now' | 'pausedHere'>, path: string): boolean {
  const { now, pausedHere } = state;
  if (!now) return false;
  // The player has its own big buttons; there the bar only carries a failure, so it is seen wherever the person has scrolled.
  if (onPlayerPage(now, path)) return needsRetry(now);
  if (!now.everywhere) return false;
  return now.status !== 'paused' || pausedHere;
}

/** Failed, or stuck loading: the bar then says why and offers 重试. */
export function needsRetry(now: NowPlaying): boolean {
  return now.status === 'failed' || now.status === 'stalled';
}

export function onPlayerPage(now: NowPlaying, path: string): boolean {
  return samePath(path, now.playerPath);
}

function samePath(a: string, b: string): boolean {
  const bare = (p: string) => `/${p.split('?')[0].replace(/^\/+/, '')}`;
  return bare(a) === bare(b);
}
