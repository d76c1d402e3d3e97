// H5: one hidden <audio> element for the whole app (found by id, so every page and chunk shares it), with
// the Media Session API so the lock screen and headset buttons work.
import type { AudioEngine, AudioEvent, AudioFailure, AudioTrack, RemoteControls } from './audio-engine';

const ELEMENT_ID = 'sp-audio';
const EVENTS: AudioEvent[] = ['play', 'playing', 'pause', 'ended', 'timeupdate', 'waiting', 'error', 'durationchange'];

function element(): HTMLAudioElement {
  const found = document.getElementById(ELEMENT_ID);
  if (found instanceof HTMLAudioElement) return found;
  const audio = document.createElement('audio');
  audio.id = ELEMENT_ID;
  // Nothing is fetched until a chapter is chosen; then only what is needed to start.
  audio.preload = 'none';
  audio.setAttribute('aria-hidden', 'true');
  document.body.appendChild(audio);
  return audio;
}

function mediaSession(): MediaSession | null {
  return typeof navigator !== 'undefined' && 'mediaSession' in navigator ? navigator.mediaSession : null;
}

function setMetadata(track: AudioTrack): void {
  const session = mediaSession();
  if (!session || typeof MediaMetadata === 'undefined') return;
  session.metadata = new MediaMetadata({ title: track.title, artist: track.artist, album: track.album });
}

/** MediaError codes: 2 the network broke off mid-file; 3 the file could not be decoded; 4 nothing usable came (no file, or no answer). */
function failureOf(audio: HTMLAudioElement): AudioFailure {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  const code = audio.error?.code;
  if (code === 2) return 'network';
  if (code === 3) return 'file';
  return 'unknown';
}

let engine: AudioEngine | null = null;

export function audioEngine(): AudioEngine {
  if (engine) return engine;
  const audio = element();
  engine = {
    load(track) {
      audio.preload = 'auto';
      const same = audio.getAttribute('src') === track.src;
      audio.src = track.src;
      // The same source again (a retry after a failure): start its load over, from the network.
      if (same) audio.load();
      // Before metadata arrives this sets the start position; the browser fetches from there.
      if (track.startAt > 0) audio.currentTime = track.startAt;
      setMetadata(track);
      // Inside the tap: the play() call itself must happen here, synchronously, for the browser to allow sound.
      return audio.play();
    },
    play: () => audio.play(),
    pause: () => audio.pause(),
    seek(seconds) {
      const end = Number.isFinite(audio.duration) ? audio.duration : seconds;
      audio.currentTime = Math.max(0, Math.min(seconds, end));
    },
    setRate(rate) {
      audio.playbackRate = rate;
      audio.defaultPlaybackRate = rate;
    },
    currentSrc: () => (audio.getAttribute('src') ?? '').split('#')[0],
    currentTime: () => audio.currentTime,
    duration: () => (Number.isFinite(audio.duration) ? audio.duration : 0),
    paused: () => audio.paused,
    failure: () => failureOf(audio),
    on(listener) {
      const handlers = EVENTS.map((name) => {
        const handler = () => listener(name);
        audio.addEventListener(name, handler);
        return [name, handler] as const;
      });
      return () => handlers.forEach(([name, handler]) => audio.removeEventListener(name, handler));
    },
    setRemoteControls(controls: RemoteControls) {
      const session = mediaSession();
      if (!session) return;
      const set = (action: MediaSessionAction, handler: MediaSessionActionHandler) => {
        try {
          session.setActionHandler(action, handler);
        } catch {
          // This browser does not know the action: the on-screen buttons still work.
        }
      };
      set('play', () => controls.play());
      set('pause', () => controls.pause());
      set('seekbackward', (d) => controls.seekBy(-(d.seekOffset ?? 15)));
      set('seekforward', (d) => controls.seekBy(d.seekOffset ?? 15));
      set('previoustrack', () => controls.previous());
      set('nexttrack', () => controls.next());
    },
  };
  return engine;
}
