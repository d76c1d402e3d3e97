// 朗读 on H5: the browser's own speech synthesis when it has a Chinese voice (no download, works offline once the
// page is open); otherwise the server's audio of the notice (espeak-ng, cached per version); otherwise a sentence.
import { getSpeech } from '../api/get-speech';
import { PLAY_FAILED } from './read-aloud-state';
import type { Speaker, SpeakerEvents } from './speaker-types';

/** Chrome fills its voice list a moment after the page opens. */
const VOICES_WAIT_MS = 600;
/** Slower than the default for older listeners. */
const RATE = 0.85;

async function chineseVoice(): Promise<SpeechSynthesisVoice | null> {
  if (
    typeof window === 'undefined' ||
    !('speechSynthesis' in window) ||
    typeof SpeechSynthesisUtterance === 'undefined'
  )
    return null;
  const pick = () => window.speechSynthesis.getVoices().find((v) => /^(zh|cmn)([-_]|$)/i.test(v.lang)) ?? null;
  const now = pick();
  if (now || window.speechSynthesis.getVoices().length > 0) return now;
  return new Promise((resolve) => {
    const done = () => resolve(pick());
    window.speechSynthesis.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, VOICES_WAIT_MS);
  });
}

export function createSpeaker(noticeId: number, text: string, events: SpeakerEvents): Speaker {
  let mode: 'voice' | 'audio' | null = null;
  let audio: HTMLAudioElement | null = null;
  let stopped = false;

  const speakWithVoice = (voice: SpeechSynthesisVoice) => {
    const synth = window.speechSynthesis;
    synth.cancel();
    // One utterance per paragraph: some browsers stop a long utterance after about 15 seconds.
    const parts = text.split('\n').filter((p) => p.trim() !== '');
    parts.forEach((part, i) => {
      const u = new SpeechSynthesisUtterance(part);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = RATE;
      if (i === 0) u.onstart = () => events.onStarted();
      if (i === parts.length - 1) u.onend = () => !stopped && events.onEnded();
      u.onerror = (e) => {
        if (!stopped && e.error !== 'interrupted' && e.error !== 'canceled') events.onFailed(PLAY_FAILED);
      };
      synth.speak(u);
    });
  };

  const playServerAudio = async () => {
    if (!audio) {
      const { audio: file, message } = await getSpeech(noticeId);
      if (stopped) return;
      if (!file) return events.onFailed(message ?? '这里暂时不能朗读。');
      audio = new Audio(file.url);
      audio.addEventListener('playing', () => events.onStarted());
      audio.addEventListener('ended', () => events.onEnded());
      audio.addEventListener('error', () => events.onFailed(PLAY_FAILED));
    }
    audio.currentTime = 0;
    await audio.play().catch(() => events.onFailed(PLAY_FAILED));
  };

  return {
    async start() {
      stopped = false;
      if (mode === null) mode = (await chineseVoice()) ? 'voice' : 'audio';
      if (mode === 'voice') {
        const voice = await chineseVoice();
        if (voice) return speakWithVoice(voice);
        mode = 'audio';
      }
      await playServerAudio();
    },
    pause() {
      if (mode === 'voice') window.speechSynthesis.pause();
      else audio?.pause();
    },
    resume() {
      if (mode === 'voice') window.speechSynthesis.resume();
      else void audio?.play().catch(() => events.onFailed(PLAY_FAILED));
    },
    stop() {
      stopped = true;
      if (mode === 'voice') window.speechSynthesis.cancel();
      audio?.pause();
      audio = null;
    },
  };
}
