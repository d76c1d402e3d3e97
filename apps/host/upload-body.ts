// Receiving an upload's body so that it always ends: a watch that stops it when no byte arrives for a while or
// the connection drops, and a writer that judges the first bytes, writes the rest to a `.part` file and always
// closes that file — and deletes it unless the upload was kept.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { addAbortSignal, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { AUDIO_MIME, sniffAudioType } from '../../backend/media/audio-probe';
import { UPLOADS_FOLDER } from './upload-sweep';

/** Why an upload stopped before its body was whole. */
export class UploadStopped extends Error {
  constructor(readonly reason: 'idle' | 'cut') {
    super(`upload stopped: ${reason}`);
    this.name = 'UploadStopped';
  }
}

export interface BodyWatch {
  /** Aborted with an UploadStopped when the body stalls or the connection drops. */
  signal: AbortSignal;
  /** `work`, or the UploadStopped that came first. */
  race<T>(work: Promise<T>): Promise<T>;
  /** Stops watching (the body is whole, or the answer is being sent). */
  stop(): void;
}

/**
 * Watches a request body from now on: `idleMs` without a byte, or the connection closing before the body is whole,
 * stops the upload. Start it only once something reads the body (a 'data' listener on an unread stream would
 * start it flowing into nowhere).
 */
export function watchBody(raw: IncomingMessage, idleMs: number): BodyWatch {
  const controller = new AbortController();
  let stopUpload!: (reason: UploadStopped) => void;
  const stopped = new Promise<never>((_resolve, reject) => (stopUpload = reject));
  stopped.catch(() => {}); // only ever observed through race()
  const fail = (reason: UploadStopped['reason']) => {
    if (controller.signal.aborted) return;
    const err = new UploadStopped(reason);
    cleanup();
    controller.abort(err);
    stopUpload(err);
  };
  const timer = setTimeout(() => fail('idle'), idleMs);
  const onData = () => timer.refresh();
  const onClose = () => {
    if (!raw.complete) fail('cut');
  };
  const cleanup = () => {
    clearTimeout(timer);
    raw.off('data', onData);
    raw.off('close', onClose);
    raw.off('aborted', onClose);
  };
  raw.on('data', onData);
  raw.on('close', onClose);
  raw.on('aborted', onClose);
  if (raw.destroyed) onClose();
  return {
    signal: controller.signal,
    race: (work) => Promise.race([work, stopped]),
    stop: cleanup,
  };
}

/** Resolves once the request body has arrived in full (what follows the form's closing boundary is discarded). */
export function wholeBody(raw: IncomingMessage): Promise<void> {
  if (raw.complete) return Promise.resolve();
  raw.resume();
  return new Promise((resolve) => raw.once('end', () => resolve()));
}

export type ReceivedAudio =
  | { kind: 'written'; temp: string; fileRef: string; type: keyof typeof AUDIO_MIME }
  | { kind: 'empty' }
  | { kind: 'not-audio' }
  | { kind: 'too-large' };

/** Bytes needed to judge the type (the longest signature, M4A's "ftyp", ends at byte 8). */
const HEAD_BYTES = 16;

/** A part file whose write errors (a full disk) are kept for the next write to throw, never left unhandled. */
function openPart(file: string): WriteStream & { failure?: Error } {
  const out: WriteStream & { failure?: Error } = createWriteStream(file, { flags: 'wx' });
  out.on('error', (err) => (out.failure = err));
  return out;
}

async function write(out: WriteStream & { failure?: Error }, chunk: Buffer, signal: AbortSignal): Promise<void> {
  if (out.failure) throw out.failure;
  if (out.write(chunk)) return;
  // Rejects on the stream's 'error' and on the watch's abort, so a full disk or a cut never leaves this waiting.
  await once(out, 'drain', { signal });
}

/**
 * Reads one file part into `<mediaDir>/uploads/.<uuid>.part`: nothing is written until the first bytes say it is
 * audio. The part file is closed whatever happens, and deleted on every path but `written` (the caller moves it
 * into the file store under `fileRef`, or deletes it). When the watch stops the upload, reading stops at once and this settles.
 */
export async function receiveAudio(file: Readable & { truncated?: boolean }, mediaDir: string, signal: AbortSignal): Promise<ReceivedAudio> {
  addAbortSignal(signal, file);
  const dir = path.join(mediaDir, UPLOADS_FOLDER);
  const id = randomUUID();
  const temp = path.join(dir, `.${id}.part`);
  let out: (WriteStream & { failure?: Error }) | null = null;
  let head = Buffer.alloc(0);
  let type: keyof typeof AUDIO_MIME | null = null;
  let written = false;
  try {
    // destroyOnReturn off: a refused file is drained by the caller, so the form and request still end normally.
    for await (const chunk of file.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      if (out) {
        await write(out, chunk, signal);
        continue;
      }
      head = Buffer.concat([head, chunk]);
      if (head.length < HEAD_BYTES) continue;
      type = sniffAudioType(head.subarray(0, HEAD_BYTES));
      if (!type) return { kind: 'not-audio' };
      await mkdir(dir, { recursive: true });
      out = openPart(temp);
      await write(out, head, signal);
    }
    if (file.truncated) return { kind: 'too-large' };
    if (!out) {
      // The whole file was shorter than the head.
      if (head.length === 0) return { kind: 'empty' };
      type = sniffAudioType(head);
      if (!type) return { kind: 'not-audio' };
      await mkdir(dir, { recursive: true });
      out = openPart(temp);
      await write(out, head, signal);
    }
    out.end();
    // Waits for 'close' as well (fs streams emit it), so the descriptor is released before the file is renamed.
    await finished(out, { signal });
    written = true;
    return { kind: 'written', temp, fileRef: `${UPLOADS_FOLDER}/${id}.${type}`, type: type as keyof typeof AUDIO_MIME };
  } finally {
    if (!written) {
      out?.destroy();
      if (out) await finished(out).catch(() => {});
      await rm(temp, { force: true });
    }
  }
}
