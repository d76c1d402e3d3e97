// File keys: the neutral names every file store uses (`books/party-history/01.mp3`, `uploads/<uuid>.mp3`,
// `qr/b.1k.png`, `exports/<uuid>.xlsx`). A key is relative, has no empty, dot or hidden segment and only plain
// characters, so it is the same object on disk, in a bucket and in WeChat cloud storage, and never climbs out.

/** Folders of the store and what lives there. */
export const FILE_FOLDERS = {
  /** Audio uploaded for a chapter; kept once a chapter uses it, swept after a day otherwise. */
  uploads: 'uploads',
  /** QR images, made once. */
  qr: 'qr',
  /** Spreadsheets made for one person, deleted when their link expires. */
  exports: 'exports',
} as const;

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;
const MAX_KEY_LENGTH = 512;

/** Whether a string is a key any store may hold: `a/b/c.ext`, plain characters, no `.`/`..`/hidden segment. */
export function isFileKey(key: string): boolean {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  return key.split('/').every((segment) => SEGMENT.test(segment) && !/^\.+$/.test(segment));
}

const MIME_BY_EXTENSION: Record<string, string> = {
  mp3: 'audio/mpeg',
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
