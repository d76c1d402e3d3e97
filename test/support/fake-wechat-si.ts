// FAKE of WeChat's 同声传译 plugin (WechatSI) and of the inner audio it is heard through: the plugin speaks on
// WeChat's own servers, which nothing here can reach. Thin on purpose: it holds the plugin to its documented
// contract (content at most 1,000 UTF-8 bytes; an answer with `filename` and `expired_time`), answers after a delay
// the test sets, and lets the test end the clip that is playing, as a finished sentence would.
const WECHAT_SI_LIMIT_BYTES = 1000;

type Callback = (res: unknown) => void;

export interface FakeWechatSI {
  /** Whether the mini-program has the plugin (added in the admin console); without it requirePlugin throws. */
  installed: boolean;
  /** How long WeChat's TTS takes to answer, in ms. */
  delayMs: number;
  /** Every textToSpeech call, with when it was made. */
  readonly asked: { content: string; at: number }[];
  /** Every clip the inner audio started, with when. */
  readonly played: { src: string; at: number }[];
  /** Whether the inner audio is paused by the app. */
  readonly paused: () => boolean;
  /** The playing clip comes to its end. */
  endClip(): void;
  /** Replaces wx.createInnerAudioContext (call after startWeapp, which puts its own there). */
  useInnerAudio(): void;
}

/**
 * Puts the fake plugin where Taro finds it (the global requirePlugin, read when the app starts: call before
 * startWeapp) and returns the fake; its useInnerAudio() then replaces wx.createInnerAudioContext.
 */
export function installFakeWechatSI(): FakeWechatSI {
  const g = globalThis as unknown as Record<string, unknown>;
  let playing: { ended: Callback[]; paused: boolean } | null = null;
  const fake: FakeWechatSI = {
    installed: true,
    delayMs: 0,
    asked: [],
    played: [],
    paused: () => playing?.paused ?? true,
    useInnerAudio: () => undefined,
    endClip() {
      const clip = playing;
      if (!clip) throw new Error('FAKE WechatSI: no clip is playing');
      playing = null;
      clip.ended.forEach((cb) => cb({}));
    },
  };
  let made = 0;
  const plugin = {
    textToSpeech(o: { lang?: string; content?: string; success?: Callback; fail?: Callback }) {
      const content = String(o.content ?? '');
      fake.asked.push({ content, at: Date.now() });
      setTimeout(() => {
        if (o.lang !== 'zh_CN' || content === '' || Buffer.byteLength(content, 'utf8') > WECHAT_SI_LIMIT_BYTES) {
          o.fail?.({ retcode: -20003, msg: 'FAKE WechatSI: content empty or over 1000 bytes' });
          return;
        }
        made += 1;
        o.success?.({
          retcode: 0,
          origin: content,
          filename: `https://fake-wechatsi.invalid/tts/${made}.mp3`,
          expired_time: Math.floor(Date.now() / 1000) + 3600,
        });
      }, fake.delayMs);
    },
  };
  g.requirePlugin = (name: string) => {
    // WeChat throws for a plugin the app.json does not declare or the console has not added.
    if (!fake.installed || name !== 'WechatSI') throw new Error(`FAKE requirePlugin: plugin "${name}" is not defined`);
    return plugin;
  };

  const wx = g.wx as Record<string, unknown>;
  /** The inner audio context the speaker plays pieces through: ends when the test says, not on a timer. */
  fake.useInnerAudio = () => {
    wx.createInnerAudioContext = () => {
      const on = new Map<string, Callback[]>();
      const emit = (event: string) => (on.get(event) ?? []).forEach((cb) => cb({}));
      const clip = { ended: [] as Callback[], paused: false };
      let clipSrc = '';
      const ctx: Record<string, unknown> = {
        play: () => {
          clip.paused = false;
          clip.ended = on.get('ended') ?? [];
          if (playing !== clip) fake.played.push({ src: String(ctx.src), at: Date.now() });
          playing = clip;
          emit('play');
        },
        pause: () => ((clip.paused = true), emit('pause')),
        stop: () => ((playing = playing === clip ? null : playing), emit('stop')),
        seek: () => undefined,
        destroy: () => on.clear(),
      };
      // A new src is a new clip: played counts it again.
      Object.defineProperty(ctx, 'src', {
        get: () => clipSrc,
        set: (src: string) => {
          clipSrc = src;
          if (playing === clip) playing = null;
        },
      });
      for (const event of ['Play', 'Pause', 'Stop', 'Ended', 'Error', 'TimeUpdate', 'Waiting', 'Canplay']) {
        ctx[`on${event}`] = (cb: Callback) => on.set(event.toLowerCase(), [...(on.get(event.toLowerCase()) ?? []), cb]);
        ctx[`off${event}`] = () => on.delete(event.toLowerCase());
      }
      return ctx;
    };
  };
  return fake;
}
