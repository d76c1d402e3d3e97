// WeChat: the background audio manager, so listening goes on with the screen locked. It is one object for the
// whole mini-program: every page (and every subpackage's copy of this file) talks to the same player.
import Taro from '@tarojs/taro';
import type { AudioEngine, AudioEvent, AudioFailure, RemoteControls } from './audio-engine';

type Manager = Taro.BackgroundAudioManager & { playbackRate?: number };

/** The manager's error codes: 10002 the network, 10003 the file, 10004 a format it cannot play; 10001 and -1 the system. */
function failureOf(errCode: unknown): AudioFailure {
  if (errCode === 10002) return 'network';
  if (errCode === 10003 || errCode === 10004) return 'file';
  return 'unknown';
}

/** The manager plays nothing new when given the src it already has; a marker in the fragment (never sent to the server) makes it new. */
const bare = (src: string) => src.split('#')[0];

let engine: AudioEngine | null = null;

export function audioEngine(): AudioEngine {
  if (engine) return engine;
  const manager = Taro.getBackgroundAudioManager() as Manager;
  const listeners = new Set<(event: AudioEvent) => void>();
  const emit = (event: AudioEvent) => listeners.forEach((l) => l(event));
  let controls: RemoteControls | null = null;
  let failure: AudioFailure = 'unknown';
  let offline = false;
  // A retry stops the old load first; that stop (reported a moment later) is not the listener's pause.
  let restarting = false;
  let loads = 0;

  void Taro.getNetworkType().then((res) => {
    offline = res.networkType === 'none';
  });
  Taro.onNetworkStatusChange((res) => {
    offline = !res.isConnected;
  });

  // The manager has no way to remove a handler: register once here and fan out.
  manager.onPlay(() => {
    restarting = false;
    emit('play');
    emit('playing');
  });
  manager.onPause(() => emit('pause'));
  manager.onStop(() => {
    if (restarting) restarting = false;
    else emit('pause');
  });
  manager.onEnded(() => emit('ended'));
  manager.onTimeUpdate(() => emit('timeupdate'));
  manager.onWaiting(() => emit('waiting'));
  manager.onCanplay(() => emit('durationchange'));
  // Taro's type leaves out the error WeChat passes: { errCode, errMsg }.
  const onError = manager.onError as (callback: (res?: { errCode?: unknown }) => void) => void;
  onError.call(manager, (res) => {
    restarting = false;
    failure = offline ? 'offline' : failureOf(res?.errCode);
    emit('error');
  });
  manager.onPrev(() => controls?.previous());
  manager.onNext(() => controls?.next());

  let rate = 1;
  engine = {
    load(track) {
      const again = manager.src !== undefined && manager.src !== '' && bare(manager.src) === bare(track.src);
      if (again) {
        restarting = true;
        manager.stop();
      }
      loads += 1;
      manager.title = track.title;
      manager.epname = track.album;
      manager.singer = track.artist;
      manager.startTime = track.startAt;
      if (rate !== 1) manager.playbackRate = rate;
      // Setting src starts playback by itself: there is no "load without playing" in WeChat.
      manager.src = again ? `${bare(track.src)}#retry${loads}` : track.src;
      return Promise.resolve();
    },
    play: async () => manager.play(),
    pause: () => manager.pause(),
    seek: (seconds) => manager.seek(Math.max(0, seconds)),
    setRate(next) {
      rate = next;
      manager.playbackRate = next;
    },
    currentSrc: () => bare(manager.src ?? ''),
    currentTime: () => manager.currentTime ?? 0,
    duration: () => manager.duration ?? 0,
    paused: () => manager.paused !== false,
    failure: () => failure,
    on(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setRemoteControls(next) {
      controls = next;
    },
  };
  return engine;
}
