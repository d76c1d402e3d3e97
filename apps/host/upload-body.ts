// Receiving an upload's body so that it always ends, the same way for every upload route (audio, roster, any
// other): a watch that stops it when no byte arrives for a while or the connection drops, a writer that judges the
// first bytes, writes the rest to a `.part` file and always closes that file — and deletes it unless the upload
// was kept — and takeUpload, which reads a form's one file that way and says in the route's words why it did not.
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { addAbortSignal, type Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { ErrorCode } from '../../contracts/envelope';
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

/** What a route accepts: how many first bytes judge a file, and the kind they show (the stored key's extension). */
export interface UploadKinds<K extends string> {
  headBytes: number;
  /** The kind the first `headBytes` bytes show (all of them when the file is shorter), or null to refuse it. */
  judge(head: Buffer): K | null;
  /** How a refused kind is answered (audio has always said VALIDATION, the roster 415). */
  refusedAs: 'VALIDATION' | 'UNSUPPORTED_MEDIA_TYPE';
}

export type ReceivedFile<K extends string> =
  | { kind: 'written'; temp: string; fileRef: string; type: K }
  | { kind: 'empty' }
  | { kind: 'refused' }
  | { kind: 'too-large' };

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
 * Reads one file part into `<mediaDir>/uploads/.<uuid>.part`: nothing is written until the first bytes show a kind
 * the route accepts. The part file is closed whatever happens, and deleted on every path but `written` (the caller
 * moves it into the file store under `fileRef`, or deletes it). When the watch stops the upload, reading stops at
 * once and this settles.
 */
export async function receiveFile<K extends string>(
  file: Readable & { truncated?: boolean },
  mediaDir: string,
  signal: AbortSignal,
  kinds: UploadKinds<K>,
): Promise<ReceivedFile<K>> {
  addAbortSignal(signal, file);
  const dir = path.join(mediaDir, UPLOADS_FOLDER);
  const id = randomUUID();
  const temp = path.join(dir, `.${id}.part`);
  let out: (WriteStream & { failure?: Error }) | null = null;
  let head = Buffer.alloc(0);
  let type: K | null = null;
  let written = false;
  try {
    // destroyOnReturn off: a refused file is drained by the caller, so the form and request still end normally.
    for await (const chunk of file.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      if (out) {
        await write(out, chunk, signal);
        continue;
      }
      head = Buffer.concat([head, chunk]);
      if (head.length < kinds.headBytes) continue;
      type = kinds.judge(head.subarray(0, kinds.headBytes));
      if (!type) return { kind: 'refused' };
      await mkdir(dir, { recursive: true });
      out = openPart(temp);
      await write(out, head, signal);
    }
    if (file.truncated) return { kind: 'too-large' };
    if (!out) {
      // The whole file was shorter than the head.
      if (head.length === 0) return { kind: 'empty' };
      type = kinds.judge(head);
      if (!type) return { kind: 'refused' };
      await mkdir(dir, { recursive: true });
      out = openPart(temp);
      await write(out, head, signal);
    }
    out.end();
    // Waits for 'close' as well (fs streams emit it), so the descriptor is released before the file is renamed.
    await finished(out, { signal });
    written = true;
    return { kind: 'written', temp, fileRef: `${UPLOADS_FOLDER}/${id}.${type}`, type: type as K };
  } finally {
    if (!written) {
      out?.destroy();
      if (out) await finished(out).catch(() => {});
      await rm(temp, { force: true });
    }
  }
}

/** Each route's own words for why an upload was not taken. */
export interface UploadSentences {
  tooLarge: string;
  notForm: string;
  noFile: string;
  oneFileOnly: string;
  /** The file's first bytes are not a kind the route takes. */
  notAccepted: string;
  incomplete: string;
  stalled: string;
}

export interface TakeUpload<K extends string> {
  /** The route's part files live in `<mediaDir>/uploads/`. */
  mediaDir: string;
  /** No byte of the body for this long ends the upload with an answer. */
  idleTimeoutMs: number;
  maxFileBytes: number;
  kinds: UploadKinds<K>;
  say: UploadSentences;
}

export type TakenUpload<K extends string> =
  { received: Extract<ReceivedFile<K>, { kind: 'written' }> } | { refused: ErrorCode; message: string };

/** The form field every upload's file comes in (src/lib/upload-file.ts). */
export const UPLOAD_FIELD = 'file';

/** A form may carry up to this much besides its file (boundaries, part headers). */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export function uploadBodyLimit(maxFileBytes: number): number {
  return maxFileBytes + FORM_OVERHEAD_BYTES;
}

/** True for a multipart error that means "more than one file part" (busboy's limits), not a broken body. */
function isExtraPart(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return (
    code === 'FST_FIELDS_LIMIT' ||
    code === 'FST_PARTS_LIMIT' ||
    code === 'FST_FILES_LIMIT' ||
    code === 'FST_PROTO_VIOLATION'
  );
}

/** busboy's words for a form that ended before its closing boundary. */
function isCutShort(err: unknown): boolean {
  const message = err instanceof Error ? err.message : '';
  return /terminated early|Unexpected end of (multipart|form)/i.test(message);
}

/**
 * Reads the form's one file to a closed part file, or says why not: a declared size over the limit before the body
 * is read, a body that is not a form, no file, a second part, a kind the route does not take, a file over the
 * limit, a body that stalls or is cut. On `received` the caller owns the part file; on any other outcome it is
 * closed and gone before this returns.
 */
export async function takeUpload<K extends string>(
  req: FastifyRequest,
  options: TakeUpload<K>,
): Promise<TakenUpload<K>> {
  const { say } = options;
  if (Number(req.headers['content-length'] ?? 0) > uploadBodyLimit(options.maxFileBytes))
    return { refused: 'PAYLOAD_TOO_LARGE', message: say.tooLarge };
  if (!req.isMultipart()) return { refused: 'VALIDATION', message: say.notForm };
  // req.file() starts reading the body at once, so the watch starts right after it.
  const nextFile = req.file();
  const watch = watchBody(req.raw, options.idleTimeoutMs);
  let receiving: Promise<ReceivedFile<K>> | null = null;
  let kept = false;
  try {
    let part;
    try {
      part = await watch.race(nextFile);
    } catch (err) {
      if (isExtraPart(err)) return { refused: 'VALIDATION', message: say.oneFileOnly };
      if (err instanceof UploadStopped || isCutShort(err)) throw err;
      // busboy could not read the form at all: no boundary, or one it cannot use.
      return { refused: 'VALIDATION', message: say.notForm };
    }
    if (!part) return { refused: 'VALIDATION', message: say.noFile };
    if (part.fieldname !== UPLOAD_FIELD) {
      part.file.resume();
      if (req.headers['content-length'] !== undefined) await watch.race(wholeBody(req.raw));
      return { refused: 'VALIDATION', message: say.noFile };
    }

    receiving = receiveFile(part.file, options.mediaDir, watch.signal, options.kinds);
    const received = await watch.race(receiving);
    if (received.kind === 'too-large') return { refused: 'PAYLOAD_TOO_LARGE', message: say.tooLarge };
    if (received.kind === 'refused' || received.kind === 'empty') {
      // Read the rest of a body of declared size (bounded above) so the browser is not cut off while sending.
      part.file.resume();
      if (req.headers['content-length'] !== undefined) await watch.race(wholeBody(req.raw));
      return received.kind === 'empty'
        ? { refused: 'VALIDATION', message: say.noFile }
        : { refused: options.kinds.refusedAs, message: say.notAccepted };
    }
    // A body that claims more than the form held is not a finished upload: wait for all of it, or stop.
    await watch.race(wholeBody(req.raw));
    watch.stop();
    kept = true;
    return { received };
  } catch (err) {
    if (err instanceof UploadStopped || watch.signal.aborted || isCutShort(err)) {
      const stalled = err instanceof UploadStopped && err.reason === 'idle';
      return { refused: 'UPLOAD_INCOMPLETE', message: stalled ? say.stalled : say.incomplete };
    }
    throw err;
  } finally {
    watch.stop();
    // receiveFile has settled by now, or was aborted with the watch and settles at once, its file closed.
    const settled = await receiving?.catch(() => null);
    if (!kept && settled?.kind === 'written') await rm(settled.temp, { force: true });
  }
}
