// File keys: the neutral names every file store uses (`books/party-history/01.mp3`, `uploads/<uuid>.mp3`,
// `qr/b.1k.png`, `exports/<uuid>.xlsx`). A key is relative, has no empty, dot or hidden segment and only plain
// characters, so it is the same object on disk, in a bucket and in WeChat cloud storage, and never climbs out.
import { createHmac } from 'node:crypto';

/** Folders of the store and what lives there. */
export const FILE_FOLDERS = {
  /** The library's chapter audio (the demo's spoken books): public. */
  books: 'books',
  /** Audio uploaded for a chapter; kept once a chapter uses it, swept after a day otherwise. */
  uploads: 'uploads',
  /** QR images (posters, printed codes), made once: public. */
  qr: 'qr',
  /** Spreadsheets made for one person, deleted when their link expires: private. */
  exports: 'exports',
  /** 朗读 audio of a notice version: private, heard only by the notice's audience through a signed link. */
  noticeSpeech: 'notices/speech',
} as const;

/**
 * Who may fetch a file by its key alone. Decided here and nowhere else, and private unless named public, so a
 * folder someone adds tomorrow (certificates, receipts …) is never served to strangers by accident:
 * - `public`: chapter audio and QR images — anyone, through /media, with a shared-cache header;
 * - `chapter`: an upload, public only while a chapter plays it (the media route asks the database);
 *   a roster or any other upload is never served by /media;
 * - `private`: everything else (exports, notice audio, …) — only through a route that checks who asks.
 */
export type KeyVisibility = 'public' | 'chapter' | 'private';

const PUBLIC_FOLDERS: readonly string[] = [FILE_FOLDERS.books, FILE_FOLDERS.qr];

export function visibilityOfKey(key: string): KeyVisibility {
  if (!isFileKey(key)) return 'private';
  const folder = key.slice(0, key.indexOf('/'));
  if (key.indexOf('/') > 0 && PUBLIC_FOLDERS.includes(folder)) return 'public';
  // Only a file directly in uploads/ can be a chapter's audio (the upload routes name them `uploads/<uuid>.<ext>`).
  if (folder === FILE_FOLDERS.uploads && key.split('/').length === 2) return 'chapter';
  return 'private';
}

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

/** Whether a string is a key any store may hold: `a/b/c.ext`, plain characters, no `.`/`..`/hidden segment. */
export function isFileKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split('/').every((segment) => SEGMENT.test(segment) && !/^\.+$/.test(segment));
}

const MIME_BY_EXTENSION: Record<string, string> = {
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const XLSX_MIME = MIME_BY_EXTENSION.xlsx;

/** The content type a file of this key is served with. */
export function mimeOfKey(key: string): string {
  const ext = key.slice(key.lastIndexOf('.') + 1).toLowerCase();
  return MIME_BY_EXTENSION[ext] ?? 'application/octet-stream';
}

/** The key as a URL path (each segment escaped; keys are plain already, so this changes nothing today). */
export function keyToPath(key: string): string {
  return key.split('/').map(encodeURIComponent).join('/');
}

/**
 * The path of a key that anyone may fetch (a store's `url`): a private key has no public address, so asking for
 * one is a programming error, caught here rather than as a link that leaks or never works.
 */
export function publicPath(key: string): string {
  if (visibilityOfKey(key) === 'private')
    throw new Error(`a private file has no public address: ${JSON.stringify(key)}`);
  return keyToPath(key);
}

/** All 朗读 audio of one notice, whatever its version (and the .wav of versions made before MP3). */
export function noticeSpeechPrefix(noticeId: number): string {
  return `${FILE_FOLDERS.noticeSpeech}/${noticeId}-`;
}

/**
 * The key of a notice version's 朗读 audio: `notices/speech/<id>-v<version>-<tag>.mp3`. The tag is an HMAC of the
 * id and version, so even a bucket someone made public by mistake does not hand out a guessable address.
 */
export function noticeSpeechKey(noticeId: number, version: number, secret: string): string {
  const tag = createHmac('sha256', secret)
    .update(`notice-speech\n${noticeId}\n${version}`)
    .digest('base64url')
    .slice(0, 16);
  return `${noticeSpeechPrefix(noticeId)}v${version}-${tag}.mp3`;
}

/** The notice and version a 朗读 key names, or null for any other key (the tag is checked by the link's signature). */
export function readNoticeSpeechKey(key: string): { noticeId: number; version: number } | null {
  const m = /^notices\/speech\/([1-9][0-9]{0,9})-v([1-9][0-9]{0,9})-[A-Za-z0-9_-]{16}\.mp3$/.exec(key);
  return m ? { noticeId: Number(m[1]), version: Number(m[2]) } : null;
}
