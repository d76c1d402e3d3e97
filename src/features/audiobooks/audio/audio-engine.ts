// One way to play a chapter on both platforms. The platform files (create-audio-engine.weapp.ts /
// .h5.ts) wrap WeChat's background audio manager and an HTML <audio> element; Taro picks one at build time.

export interface AudioTrack {
  src: string;
  title: string;
  /** The book, shown on the lock screen. */
  album: string;
  artist: string;
  startAt: number;
}

export type AudioEvent = 'play' | 'playing' | 'pause' | 'ended' | 'timeupdate' | 'waiting' | 'error' | 'durationchange';

/**
 * Why the sound failed, as far as the platform can tell: no network at all, the network broke off, the file
 * itself is bad (or not there), or nothing more is known.
 */
export type AudioFailure = 'offline' | 'network' | 'file' | 'unknown';

/** Lock-screen and headset buttons. */
export interface RemoteControls {
  play: () => void;
  pause: () => void;
  seekBy: (seconds: number) => void;
  previous: () => void;
  next: () => void;
}

export interface AudioEngine {
  /**
   * Loads a track and starts it (call it inside the tap on H5: browsers block sound otherwise). Always a fresh load,
   * even of the source already loaded: that is how a failed chapter is tried again. Rejects with a NotAllowedError
   * when the browser refused to start without a tap.
   */
  load(track: AudioTrack): Promise<void>;
  play(): Promise<void>;
  pause(): void;
  seek(seconds: number): void;
  setRate(rate: number): void;
  /** The source currently loaded, without any fragment; '' when nothing is. */
  currentSrc(): string;
  currentTime(): number;
  duration(): number;
  paused(): boolean;
  /** After an 'error' event: why. */
  failure(): AudioFailure;
  on(listener: (event: AudioEvent) => void): () => void;
  setRemoteControls(controls: RemoteControls): void;
}

const errorName = (error: unknown): unknown =>
  typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;

/** The browser refused sound because no tap came first. */
export function blockedByBrowser(error: unknown): boolean {
  return errorName(error) === 'NotAllowedError';
}

/** A start cut short by a newer load (another chapter chosen): nothing went wrong. */
export function interrupted(error: unknown): boolean {
  return errorName(error) === 'AbortError';
}

/** Same file? Compares the path only, so a relative and an absolute URL of it match. */
export function sameSource(a: string, b: string): boolean {
  if (!a || !b) return false;
  const path = (u: string) => u.replace(/^[a-z]+:\/\/[^/]+/i, '').split('#')[0];
  return path(a) === path(b);
}
