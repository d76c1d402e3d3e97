// What every action may use from the outside world, created once per host process or cloud instance.
// The few things that differ between our host and WeChat cloud (QR images, files, spreadsheets) are interfaces here.
import type { Readable } from 'node:stream';
import type { Database } from '../data/database';
import type { Logger } from './logger';
import type { RateLimits } from './rate-limits';
import type { SessionTokens } from './session-tokens';
import type { SubscribeMessages } from './subscribe-messages';

export interface RuntimeConfig {
  /** Demo mode: fixed demo logins (devLogin) are allowed. Never on in a real deployment. */
  demoMode: boolean;
  /** Where phones reach the H5 app, e.g. http://192.168.1.20:10086 — what QR codes encode. */
  publicUrl: string;
}

/** Draws a QR image (a PNG): a plain code of the URL in the host, WeChat's mini-program code in WeChat. */
export interface QrImages {
  /**
   * A code for `scene`. The host draws `url`; WeChat draws a mini-program code that opens `page` (a path without the
   * leading "/", default the scan page) with the scene in its launch options.
   */
  draw(scene: string, url: string, page?: string): Promise<Uint8Array>;
}

export interface AudioFacts {
  bytes: number;
  mime: string;
  duration: number;
}

/** What a file store knows about one stored file. */
export interface StoredFile {
  bytes: number;
  /** A quoted validator of the content, for ETag: it changes whenever the bytes do. */
  etag: string;
  modified: Date;
  mime: string;
}

/** A stored file as listed under a prefix. */
export interface ListedFile {
  key: string;
  bytes: number;
  modified: Date;
}

/**
 * Every file the app keeps (audio, QR images, uploads, exports), under a neutral key such as `books/x/01.mp3` or
 * `uploads/<uuid>.mp3` — never a runtime's address, so whatever one runtime stores another can serve. Backends:
 * the host's media folder (backend/files/disk-file-store.ts), an S3-compatible bucket (s3-file-store.ts), WeChat
 * cloud storage (backend/wechat/wx-adapters.ts). Keys are checked by `isFileKey` (backend/files/file-keys.ts).
 */
export interface FileStore {
  readonly kind: 'disk' | 's3' | 'wechat';
  /** Stores the bytes under the key, replacing what was there. */
  put(key: string, bytes: Uint8Array, mime: string): Promise<void>;
  /** Moves a local file into the store under the key: afterwards the local file is gone. */
  move(key: string, localFile: string, mime: string): Promise<void>;
  /** Facts about a stored file, or null when there is none. */
  stat(key: string): Promise<StoredFile | null>;
  /** The bytes from `start` to `end` (inclusive), or all of them; null when there is no such file. */
  read(key: string, range?: { start: number; end: number }): Promise<Readable | null>;
  /** Deletes the file; deleting a missing file is not an error. */
  delete(key: string): Promise<void>;
  /** Every file whose key starts with the prefix (not WeChat cloud storage, which cannot list). */
  list(prefix: string): Promise<ListedFile[]>;
  /** What a client fetches to play or show the file (the host's /media/…, a cloud:// file id …). */
  url(key: string): string;
  /**
   * An https address of a private file that works without a sign-in until `seconds` pass. Only WeChat cloud storage
   * has it (getTempFileURL): a deployment without a host has no /files route, so an export is fetched this way.
   */
  temporaryLink?(key: string, seconds: number): Promise<string>;
}

/**
 * Files a client put where only its own runtime reaches: the mini-program's wx.cloud.uploadFile (a cloud:// file
 * id). An action fetches such an upload once and keeps it in the file store under a neutral key.
 */
export interface ClientUploads {
  owns(ref: string): boolean;
  /** The upload's bytes, or null when there is no such upload. */
  fetch(ref: string): Promise<Uint8Array | null>;
  discard(ref: string): Promise<void>;
}

/**
 * How a column's cells are written: `text` keeps what is typed as text even when it looks like a number (phones,
 * roster numbers); `moment` takes instants (ISO strings) and writes China wall-clock date cells that show the year.
 * Without a kind, a cell is what its value is (numbers as numbers, strings as text).
 */
export type SheetColumnKind = 'text' | 'moment';

export interface SheetColumn {
  header: string;
  key: string;
  width?: number;
  kind?: SheetColumnKind;
}

/** One sheet of a spreadsheet made for paper: a title line, Chinese column headers and rows of plain values. */
export interface SheetSpec {
  name: string;
  /** Printed above the header on every page, e.g. 莲花社区第一支部 党员名册（2026年12月6日导出）. */
  title: string;
  columns: readonly SheetColumn[];
  rows: readonly Record<string, string | number | null>[];
}

/** A file's rows of text, or why not; reading stops at the row past the cap (too-many-rows). */
/** A file's rows as text; from a workbook, those of the sheet read (named in the import's sentences). */
export type RowsRead =
  { rows: string[][]; sheet?: string } | { problem: 'not-a-roster' | 'unreadable' | 'too-many-rows' };

/** Writes and reads .xlsx files (exceljs, in a sheet worker): the host, and the cloud functions that ship spreadsheets.js. */
export interface Spreadsheets {
  xlsx(sheet: SheetSpec): Promise<Uint8Array>;
  /** The cells of the sheet a person means (visible, with the roster's headers) as text, row by row (roster import). */
  readRows?(bytes: Uint8Array, maxRows: number): Promise<RowsRead>;
}

/** How making one MP3 ended: made, a program not installed here, or a program failed. */
export type SpeechOutcome = 'ok' | 'missing' | 'failed';

/** Speech synthesis, an outside program (espeak-ng into lame in the host: backend/media/espeak-speech.ts). */
export interface Speech {
  /** Speaks `words` (Mandarin) into an MP3 at `file`; never throws for a missing or failing program. */
  mp3(words: string, file: string): Promise<SpeechOutcome>;
}

export interface Deps {
  database: Database;
  tokens: SessionTokens;
  /** Key that signs QR scenes which grant something (check-in, attendance, invitations). */
  sceneKey: string;
  config: RuntimeConfig;
  qrImages: QrImages;
  files: FileStore;
  /** Absent in the host, whose uploads arrive through POST /upload/audio. */
  clientUploads?: ClientUploads;
  /** Absent in a WeChat cloud function built without spreadsheets.js (one that neither exports nor imports a roster). */
  spreadsheets?: Spreadsheets;
  /**
   * Makes 朗读 audio (into the file store, heard through the host's /listen). Absent in a WeChat cloud function: no
   * espeak-ng there and no /listen route, so notices.speech answers SPEECH_UNAVAILABLE and the mini-program speaks
   * with WeChat's WechatSI plugin instead.
   */
  speech?: Speech;
  /** Signs export links (derived from the session secret, so every host of one database agrees). */
  fileLinkKey: string;
  /** WeChat subscribe messages: sent in WeChat cloud, skipped in the host. */
  subscribeMessages: SubscribeMessages;
  /** Per-caller call limits: shared through PostgreSQL, or this process's own on SQLite (rate-limits.ts). */
  limits: RateLimits;
  log: Logger;
  now: () => Date;
}
