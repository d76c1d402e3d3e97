// The WeChat 同声传译 plugin (WechatSI, provider wx069ba97219f66d99) as one typed call: text in, a link to its
// spoken audio out. The plugin is declared for the weapp build only (src/app.config.ts); this file is imported only
// by speaker.weapp.ts. Its answer is untyped (`any` from requirePlugin), so it is checked here, at the boundary.
import Taro from '@tarojs/taro';

export const WECHAT_SI_PLUGIN = 'WechatSI';

export interface SpokenPiece {
  /** An https link to the MP3 WeChat made. */
  url: string;
  /** When WeChat drops the file (ms since 1970); before that the piece can be played again without asking. */
  expiresAt: number;
}

export type SynthesisFailure = { kind: 'no-plugin' } | { kind: 'failed'; detail: string };

interface TextToSpeechOptions {
  lang: 'zh_CN';
  tts: true;
  content: string;
  success(res: unknown): void;
  fail(res: unknown): void;
}
interface WechatSI {
  textToSpeech(options: TextToSpeechOptions): void;
}

function isWechatSI(mod: unknown): mod is WechatSI {
  return (
    typeof mod === 'object' && mod !== null && typeof (mod as { textToSpeech?: unknown }).textToSpeech === 'function'
  );
}

/** The plugin, or null when this mini-program has not added it (设置 → 第三方设置 → 插件管理) or WeChat refuses it. */
export function loadWechatSI(): WechatSI | null {
  try {
    const mod: unknown = Taro.requirePlugin(WECHAT_SI_PLUGIN);
    return isWechatSI(mod) ? mod : null;
  } catch {
    return null;
  }
}

/** Links live about as long as WeChat says; without a time, assume a few minutes. */
const DEFAULT_LIFETIME_MS = 5 * 60_000;

/** One piece of text (≤ WECHAT_SI_MAX_BYTES, speech-chunks.ts) spoken by WeChat's server: needs the network. */
export function synthesize(plugin: WechatSI, content: string, now: number): Promise<SpokenPiece> {
  return new Promise((resolve, reject) => {
    plugin.textToSpeech({
      lang: 'zh_CN',
      tts: true,
      content,
      success(res) {
        const r = (typeof res === 'object' && res !== null ? res : {}) as {
          filename?: unknown;
          expired_time?: unknown;
          retcode?: unknown;
        };
        if (typeof r.filename !== 'string' || r.filename === '' || (typeof r.retcode === 'number' && r.retcode !== 0)) {
          reject({ kind: 'failed', detail: `retcode ${String(r.retcode)}` } satisfies SynthesisFailure);
          return;
        }
        // expired_time is in seconds since 1970.
        const expiresAt = typeof r.expired_time === 'number' ? r.expired_time * 1000 : now + DEFAULT_LIFETIME_MS;
        resolve({ url: r.filename, expiresAt });
      },
      fail(res) {
        reject({ kind: 'failed', detail: JSON.stringify(res ?? null).slice(0, 200) } satisfies SynthesisFailure);
      },
    });
  });
}
