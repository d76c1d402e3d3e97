// Read-aloud audio made by the runtime's speech port (Deps.speech: espeak-ng and lame in the host). Cached in the
// file store per notice version, under a private key, so the first listener waits and everyone after gets the file.
// Where espeak-ng or lame is not installed (a host without them) there is no audio, and the caller says so in a sentence.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { noticeSpeechPrefix } from '../../../files/file-keys';
import { speechFitsBudget } from '../rules/notice-audio';
import type { FileStore, Speech } from '../../../runtime/deps';

export const SPEECH_MIME = 'audio/mpeg';
export type SpeechResult =
  { kind: 'ready'; bytes: number } | { kind: 'unavailable'; reason: 'missing' | 'failed' | 'too-long' };

/** Audio being made in this process, by key: a district's members pressing 朗读 at once start espeak-ng once. */
const making = new Map<string, Promise<SpeechResult>>();

/** The audio of `words` under `key` (a notice version's private key), made once. */
export async function speechFor(
  speech: Speech,
  files: FileStore,
  noticeId: number,
  key: string,
  words: string,
): Promise<SpeechResult> {
  const stored = await files.stat(key);
  if (stored) return { kind: 'ready', bytes: stored.bytes };
  const pending = making.get(key);
  if (pending) return pending;
  const made = makeSpeech(speech, files, noticeId, key, words).finally(() => making.delete(key));
  making.set(key, made);
  return made;
}

async function makeSpeech(
  speech: Speech,
  files: FileStore,
  noticeId: number,
  key: string,
  words: string,
): Promise<SpeechResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'notice-speech-'));
  const file = path.join(dir, 'speech.mp3');
  try {
    const outcome = await speech.mp3(words, file);
    if (outcome !== 'ok') return { kind: 'unavailable', reason: outcome };
    const { size } = await stat(file);
    // The notice's budget counts every version still kept (old ones are being deleted by their job).
    const others = (await files.list(noticeSpeechPrefix(noticeId)))
      .filter((f) => f.key !== key)
      .reduce((sum, f) => sum + f.bytes, 0);
    if (!speechFitsBudget(others, size)) return { kind: 'unavailable', reason: 'too-long' };
    await files.move(key, file, SPEECH_MIME);
    return { kind: 'ready', bytes: size };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
