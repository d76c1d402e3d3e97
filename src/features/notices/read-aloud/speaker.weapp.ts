// 朗读 in the mini-program. Where a host makes the audio (espeak-ng), its file plays as before. In a WeChat-only
// deployment the server answers SPEECH_UNAVAILABLE (no espeak-ng in a cloud function), and the phone speaks instead
// through WeChat's WechatSI plugin: the text cut at sentence ends into pieces it accepts (speech-chunks.ts), each
// spoken by WeChat and played in turn through one InnerAudioContext, the next made while the current one plays.
// Inner, not background, audio: the background manager belongs to the audiobook player, which 朗读 must not stop.
import Taro from '@tarojs/taro';
import { ApiError } from '../../../lib/api-error';
import { getSpeech } from '../api/get-speech';
import { PLAY_FAILED } from './read-aloud-state';
import type { Speaker, SpeakerEvents } from './speaker-types';
import { speechChunks } from './speech-chunks';
import { loadWechatSI, synthesize, type SpokenPiece } from './wechat-si';

/** The mini-program has no WechatSI (not added in the admin console, or refused): say so, and what to do instead. */
export const NO_PLUGIN = '这里暂时不能朗读：小程序还没有开通朗读功能。请放大字体阅读，或请家人帮忙读一读。';
/** WeChat's speech service did not answer (most often the network). */
export const SYNTHESIS_FAILED = '朗读的声音没有做出来。请看看手机有没有连上网络，再点一次“朗读”。';
const NOTHING_TO_READ = '这条通知没有可以朗读的文字。';
/** A piece whose link ends sooner than this is made again rather than played. */
const FRESH_MARGIN_MS = 30_000;

export function createSpeaker(noticeId: number, text: string, events: SpeakerEvents): Speaker {
  let mode: { kind: 'server'; url: string } | { kind: 'phone'; chunks: string[] } | null = null;
  let audio: Taro.InnerAudioContext | null = null;
  /** Which piece is playing (phone mode). */
  let index = 0;
  let paused = false;
  /** A piece is being made: nothing is loaded to resume yet (playPiece plays it when it comes). */
  let waiting = false;
  /** Each start and stop begins a new run: answers that arrive for an older run are dropped. */
  let run = 0;
  const pieces = new Map<number, Promise<SpokenPiece>>();
  const made = new Map<number, SpokenPiece>();

  const context = (): Taro.InnerAudioContext => {
    if (audio) return audio;
    const ctx = Taro.createInnerAudioContext();
    ctx.onPlay(() => events.onStarted());
    ctx.onError(() => events.onFailed(PLAY_FAILED));
    ctx.onEnded(() => {
      if (mode?.kind === 'phone' && index + 1 < mode.chunks.length) void playPiece(index + 1, run);
      else events.onEnded();
    });
    audio = ctx;
    return ctx;
  };

  /** The spoken piece i, asked of WeChat once and again only when its link is about to end. */
  const piece = (i: number, chunks: string[]): Promise<SpokenPiece> => {
    const known = made.get(i);
    if (known && known.expiresAt - Date.now() > FRESH_MARGIN_MS) return Promise.resolve(known);
    const asked = pieces.get(i);
    if (asked && !known) return asked;
    const plugin = loadWechatSI();
    if (!plugin) return Promise.reject(new Error('no-plugin'));
    const p = synthesize(plugin, chunks[i], Date.now()).then((done) => (made.set(i, done), done));
    // A failed piece is asked again on the next press, not remembered as failed.
    p.catch(() => pieces.delete(i));
    pieces.set(i, p);
    return p;
  };

  async function playPiece(i: number, myRun: number): Promise<void> {
    if (mode?.kind !== 'phone') return;
    const { chunks } = mode;
    index = i;
    let spoken: SpokenPiece;
    waiting = true;
    try {
      spoken = await piece(i, chunks);
    } catch (e) {
      waiting = false;
      if (myRun === run)
        events.onFailed(e instanceof Error && e.message === 'no-plugin' ? NO_PLUGIN : SYNTHESIS_FAILED);
      return;
    }
    waiting = false;
    if (myRun !== run) return;
    const ctx = context();
    ctx.src = spoken.url;
    if (!paused) ctx.play();
    // The next piece is made while this one plays, so the gap between them is short.
    if (i + 1 < chunks.length) piece(i + 1, chunks).catch(() => undefined);
  }

  return {
    async start() {
      const myRun = ++run;
      paused = false;
      if (mode === null) {
        try {
          const { audio: file, message } = await getSpeech(noticeId);
          if (myRun !== run) return;
          if (!file) return events.onFailed(message ?? '这里暂时不能朗读。');
          mode = { kind: 'server', url: file.url };
        } catch (e) {
          // Only "the server makes no audio here" turns to the phone; a withdrawn notice or a refusal is said as is.
          if (!(e instanceof ApiError && e.code === 'SPEECH_UNAVAILABLE')) throw e;
          if (myRun !== run) return;
          mode = { kind: 'phone', chunks: speechChunks(text) };
        }
      }
      if (mode.kind === 'server') {
        const ctx = context();
        if (ctx.src !== mode.url) ctx.src = mode.url;
        else ctx.seek(0);
        ctx.play();
        return;
      }
      if (mode.chunks.length === 0) return events.onFailed(NOTHING_TO_READ);
      if (!loadWechatSI()) return events.onFailed(NO_PLUGIN);
      audio?.stop();
      await playPiece(0, myRun);
    },
    pause() {
      paused = true;
      audio?.pause();
    },
    resume() {
      paused = false;
      if (!waiting) audio?.play();
    },
    stop() {
      run += 1;
      audio?.stop();
      audio?.destroy();
      audio = null;
    },
  };
}
