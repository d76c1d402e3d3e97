// 朗读 in the mini-program: the server's audio of the notice (espeak-ng in the host, cached per version), played
// through the same InnerAudioContext as the audiobooks. Chosen over the WechatSI plugin because it needs no plugin
// approval and sounds the same on every phone; the H5 build uses the browser's own voice first (speaker.ts).
import Taro from '@tarojs/taro';
import { getSpeech } from '../api/get-speech';
import { PLAY_FAILED } from './read-aloud-state';
import type { Speaker, SpeakerEvents } from './speaker-types';

export function createSpeaker(noticeId: number, _text: string, events: SpeakerEvents): Speaker {
  let audio: Taro.InnerAudioContext | null = null;
  let stopped = false;
  return {
    async start() {
      stopped = false;
      if (audio) {
        audio.seek(0);
        audio.play();
        return;
      }
      const { audio: file, message } = await getSpeech(noticeId);
      if (stopped) return;
      if (!file) return events.onFailed(message ?? '这里暂时不能朗读。');
      audio = Taro.createInnerAudioContext();
      audio.src = file.url;
      audio.onPlay(() => events.onStarted());
      audio.onEnded(() => events.onEnded());
      audio.onError(() => events.onFailed(PLAY_FAILED));
      audio.play();
    },
    pause: () => audio?.pause(),
    resume: () => audio?.play(),
    stop() {
      stopped = true;
      audio?.stop();
      audio?.destroy();
      audio = null;
    },
  };
}
