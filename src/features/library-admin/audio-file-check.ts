// Checks a chosen audio file in the browser before any upload, and says what is wrong in a full sentence.
// The server checks again from the file's own bytes; this only saves a slow, doomed upload.

export const MAX_AUDIO_BYTES = 100 * 1024 * 1024;
const EXTENSIONS = ['mp3', 'aac', 'm4a'] as const;
const MIME_TYPES = ['audio/mpeg', 'audio/mp3', 'audio/aac', 'audio/x-aac', 'audio/mp4', 'audio/x-m4a', 'audio/m4a', 'audio/aacp'];

/** What the file picker offers first (the check below still decides). */
export const AUDIO_ACCEPT = '.mp3,.aac,.m4a,audio/mpeg,audio/aac,audio/mp4,audio/x-m4a';

export interface ChosenFile {
  name: string;
  size: number;
  type: string;
}

export type FileVerdict = { ok: true } | { ok: false; message: string };

export function checkAudioFile(file: ChosenFile): FileVerdict {
  const dot = file.name.lastIndexOf('.');
  const extension = dot >= 0 ? file.name.slice(dot + 1).toLowerCase() : '';
  const knownExtension = (EXTENSIONS as readonly string[]).includes(extension);
  // Some phones report no type at all; then the name decides. A known wrong type is refused.
  const typeOk = file.type === '' ? knownExtension : MIME_TYPES.includes(file.type.toLowerCase());
  if (!knownExtension || !typeOk) {
    return { ok: false, message: `“${file.name}”不是 MP3、AAC 或 M4A 格式的音频文件，不能上传。请换一个音频文件。` };
  }
  if (file.size === 0) return { ok: false, message: `“${file.name}”是空文件，里面没有声音。请换一个音频文件。` };
  if (file.size > MAX_AUDIO_BYTES) {
    return { ok: false, message: `“${file.name}”有 ${formatBytes(file.size)}，太大了。音频文件不能超过 100 MB。` };
  }
  return { ok: true };
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
