// Read-aloud audio made by the host with espeak-ng (Mandarin), cached in the file store per notice version, so
// the first listener waits a second and everyone after gets the file. Where espeak-ng is not installed (WeChat
// cloud, a host without it) there is no audio, and the caller says so in a sentence.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { speechKey } from '../../backend/rules/notices';
import type { FileStore } from '../../backend/runtime/deps';

export const SPEECH_MIME = 'audio/wav';
/** Speaking rate in words a minute: slower than espeak-ng's 175, for older listeners. */
const RATE = 140;
const TIMEOUT_MS = 20_000;

/** The command that speaks: NOTICES_ESPEAK names another binary (a test points it at one that is missing). */
function espeakCommand(): string {
  return process.env.NOTICES_ESPEAK ?? 'espeak-ng';
}

export type SpeechResult = { kind: 'ready'; url: string } | { kind: 'unavailable'; reason: 'missing' | 'failed' };

/** Audio being made in this process, by key: a district's members pressing 朗读 at once start espeak-ng once. */
const making = new Map<string, Promise<SpeechResult>>();

export async function speechFor(files: FileStore, noticeId: number, version: number, words: string): Promise<SpeechResult> {
  const key = speechKey(noticeId, version);
  if (await files.stat(key)) return { kind: 'ready', url: files.url(key) };
  const pending = making.get(key);
  if (pending) return pending;
  const made = makeSpeech(files, key, words).finally(() => making.delete(key));
  making.set(key, made);
  return made;
}

async function makeSpeech(files: FileStore, key: string, words: string): Promise<SpeechResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'notice-speech-'));
  const file = path.join(dir, 'speech.wav');
  try {
    const outcome = await new Promise<'ok' | 'missing' | 'failed'>((resolve) => {
      // The text goes on stdin, never the command line: nothing a publisher typed is ever read as an option.
      const child = execFile(espeakCommand(), ['-v', 'cmn', '-s', String(RATE), '-w', file, '--stdin'], { timeout: TIMEOUT_MS }, (err) => {
        if (!err) return resolve('ok');
        resolve((err as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'failed');
      });
      child.stdin?.on('error', () => undefined);
      child.stdin?.end(words);
    });
    if (outcome !== 'ok') return { kind: 'unavailable', reason: outcome };
    await files.move(key, file, SPEECH_MIME);
    return { kind: 'ready', url: files.url(key) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
