// Checks a chosen audio file on the phone or in the browser before any upload, and says what is wrong in a full
// sentence; and where the mini-program puts one in cloud storage. The server checks again from the file's own bytes;
// this only saves a slow, doomed upload.
import { AUDIO_EXTENSIONS, MAX_AUDIO_BYTES, type AudioExtension } from '../../../contracts/audio-upload';

const MIME_TYPES = [
  'audio/mpeg',
  'audio/mp3',
  'audio/aac',
  'audio/x-aac',
  'audio/mp4',
  'audio/x-m4a',
  'audio/m4a',
  'audio/aacp',
];

/** What the browser's file picker offers first (the check below still decides). */
export const AUDIO_ACCEPT = '.mp3,.aac,.m4a,audio/mpeg,audio/aac,audio/mp4,audio/x-m4a';

/** What WeChat's chat-file picker shows (wx.chooseMessageFile's `extension`: names without the dot). */
export const AUDIO_PICKER_EXTENSIONS: string[] = [...AUDIO_EXTENSIONS];

/** Said before anything is chosen, on both platforms. */
export const AUDIO_FILE_RULE = `只能上传 MP3、AAC 或 M4A 格式，不超过 ${MAX_AUDIO_BYTES / (1024 * 1024)} MB。`;

export interface ChosenFile {
  name: string;
  size: number;
  /** The browser's MIME type; '' where none is given (WeChat's chat files never have one). */
  type: string;
}

export type FileVerdict = { ok: true } | { ok: false; message: string };

function extensionOf(name: string): AudioExtension | null {
  const dot = name.lastIndexOf('.');
  const extension = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  return (AUDIO_EXTENSIONS as readonly string[]).includes(extension) ? (extension as AudioExtension) : null;
}

export function checkAudioFile(file: ChosenFile): FileVerdict {
  const knownExtension = extensionOf(file.name) !== null;
  // Some phones report no type at all; then the name decides. A known wrong type is refused.
  const typeOk = file.type === '' ? knownExtension : MIME_TYPES.includes(file.type.toLowerCase());
  if (!knownExtension || !typeOk) {
    return { ok: false, message: `“${file.name}”不是 MP3、AAC 或 M4A 格式的音频文件，不能上传。请换一个音频文件。` };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}”是空文件，里面没有声音。请换一个音频文件。` };
  if (file.size > MAX_AUDIO_BYTES) {
    return {
      ok: false,
      message: `“${file.name}”有 ${formatBytes(file.size)}，太大了。音频文件不能超过 ${MAX_AUDIO_BYTES / (1024 * 1024)} MB。`,
    };
  }
  return { ok: true };
}

/**
 * A cloud path of our own for a mini-program upload, never the chat's file name (a name may hold characters cloud
 * paths refuse, or "../"): `audio-uploads/<time>-<random>.<kind>`. audiobooks.addChapter judges the kind again by
 * the bytes, keeps a copy under its own key and deletes this one.
 */
export function audioCloudPath(name: string, now: Date, random: number): string {
  const kind = extensionOf(name) ?? 'mp3';
  const tail = Math.floor(Math.abs(random) * 36 ** 8)
    .toString(36)
    .padStart(8, '0')
    .slice(0, 8);
  return `audio-uploads/${now.getTime().toString(36)}-${tail}.${kind}`;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
