// WeChat: the background audio manager, so listening goes on with the screen locked. It is one object for the
// whole mini-program: every page (and every subpackage's copy of this file) talks to the same player.
import Taro from '@tarojs/taro';
import type { AudioEngine, AudioEvent, RemoteControls } from './audio-engine';

type Manager = Taro.BackgroundAudioManager & { playbackRate?: number };

let engine: AudioEngine | null = null;

export function audioEngine(): AudioEngine {
  if (engine) return engine;
  const manager = Taro.getBackgroundAudioManager() as Manager;
  const listeners = new Set<(event: AudioEvent) => void>();
  const emit = (event: AudioEvent) => listeners.forEach((l) => l(event));
  let controls: RemoteControls | null = null;

  // The manager has no way to remove a handler: register once here and fan out.
  manager.onPlay(() => {
    emit('play');
    emit('playing');
  });
  manager.onPause(() => emit('pause'));
  manager.onStop(() => emit('pause'));
  manager.onEnded(() => emit('ended'));
  manager.onTimeUpdate(() => emit('timeupdate'));
  manager.onWaiting(() => emit('waiting'));
  manager.onCanplay(() => emit('durationchange'));
  manager.onError(() => emit('error'));
  manager.onPrev(() => controls?.previous());
  manager.onNext(() => controls?.next());

  let rate = 1;
  engine = {
    load(track) {
      manager.title = track.title;
      manager.epname = track.album;
      manager.singer = track.artist;
      manager.startTime = track.startAt;
      if (rate !== 1) manager.playbackRate = rate;
      // Setting src starts playback by itself: there is no "load without playing" in WeChat.
      manager.src = track.src;
      return Promise.resolve();
    },
    play: async () => manager.play(),
    pause: () => manager.pause(),
    seek: (seconds) => manager.seek(Math.max(0, seconds)),
    setRate(next) {
      rate = next;
      manager.playbackRate = next;
    },
    currentSrc: () => manager.src ?? '',
    currentTime: () => manager.currentTime ?? 0,
    duration: () => manager.duration ?? 0,
    paused: () => manager.paused !== false,
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
