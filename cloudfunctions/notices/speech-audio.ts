// Read-aloud audio made by the host: espeak-ng (Mandarin) speaks a WAV stream straight into lame, which keeps it as
// MP3 at speech bitrate (24 kbit/s mono: 2.1 MB of WAV for a short notice becomes about 0.1 MB; the longest notice
// about 13 MB instead of 190 MB). Cached in the file store per notice version, under a private key, so the first
// listener waits and everyone after gets the file. Where espeak-ng or lame is not installed (WeChat cloud, a host
// without them) there is no audio, and the caller says so in a sentence.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { noticeSpeechPrefix } from '../../backend/files/file-keys';
import { SPEECH_BITRATE_KBPS, speechFitsBudget } from '../../backend/rules/notice-audio';
import type { FileStore } from '../../backend/runtime/deps';

export const SPEECH_MIME = 'audio/mpeg';
/** Speaking rate in words a minute: slower than espeak-ng's 175, for older listeners. */
const RATE = 140;
/** The longest notice takes espeak-ng about 6 s and lame about 8 s of CPU; on a busy host, several times that. */
const TIMEOUT_MS = 120_000;

/** The commands that speak and encode: NOTICES_ESPEAK / NOTICES_LAME name other binaries (a test points one at nothing). */
function commands(): { espeak: string; lame: string } {
  return { espeak: process.env.NOTICES_ESPEAK ?? 'espeak-ng', lame: process.env.NOTICES_LAME ?? 'lame' };
}

export type SpeechResult = { kind: 'ready'; bytes: number } | { kind: 'unavailable'; reason: 'missing' | 'failed' | 'too-long' };

/** Audio being made in this process, by key: a district's members pressing 朗读 at once start espeak-ng once. */
const making = new Map<string, Promise<SpeechResult>>();

/** The audio of `words` under `key` (a notice version's private key), made once. */
export async function speechFor(files: FileStore, noticeId: number, key: string, words: string): Promise<SpeechResult> {
  const stored = await files.stat(key);
  if (stored) return { kind: 'ready', bytes: stored.bytes };
  const pending = making.get(key);
  if (pending) return pending;
  const made = makeSpeech(files, noticeId, key, words).finally(() => making.delete(key));
  making.set(key, made);
  return made;
}

type Outcome = 'ok' | 'missing' | 'failed';

/** espeak-ng's WAV on its stdout, piped into lame; the text goes on stdin, never the command line. */
function speakToMp3(words: string, file: string): Promise<Outcome> {
  const { espeak, lame } = commands();
  return new Promise((resolve) => {
    let outcome: Outcome | null = null;
    let running = 2;
    const settle = (result: Outcome) => {
      // The first failure decides (a missing binary is 'missing', whatever the other one then does).
      if (result !== 'ok' && outcome === null) {
        outcome = result;
        speaker.kill('SIGKILL');
        encoder.kill('SIGKILL');
      }
      running -= 1;
      if (running === 0) resolve(outcome ?? 'ok');
    };
    const watch = (child: ReturnType<typeof spawn>) => {
      let done = false;
      const finish = (result: Outcome) => {
        if (done) return;
        done = true;
        settle(result);
      };
      child.on('error', (err: NodeJS.ErrnoException) => finish(err.code === 'ENOENT' ? 'missing' : 'failed'));
      child.on('close', (code) => finish(code === 0 ? 'ok' : 'failed'));
    };
    const speaker = spawn(espeak, ['-v', 'cmn', '-s', String(RATE), '--stdout', '--stdin'], { stdio: ['pipe', 'pipe', 'ignore'], timeout: TIMEOUT_MS, killSignal: 'SIGKILL' });
    const encoder = spawn(lame, ['--quiet', '-m', 'm', '-b', String(SPEECH_BITRATE_KBPS), '-', file], { stdio: ['pipe', 'ignore', 'ignore'], timeout: TIMEOUT_MS, killSignal: 'SIGKILL' });
    watch(speaker);
    watch(encoder);
    for (const s of [speaker.stdin, speaker.stdout, encoder.stdin]) s?.on('error', () => undefined);
    speaker.stdout?.pipe(encoder.stdin!);
    speaker.stdin?.end(words);
  });
}

async function makeSpeech(files: FileStore, noticeId: number, key: string, words: string): Promise<SpeechResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'notice-speech-'));
  const file = path.join(dir, 'speech.mp3');
  try {
    const outcome = await speakToMp3(words, file);
    if (outcome !== 'ok') return { kind: 'unavailable', reason: outcome };
    const { size } = await stat(file);
    // The notice's budget counts every version still kept (old ones are being deleted by their job).
    const others = (await files.list(noticeSpeechPrefix(noticeId))).filter((f) => f.key !== key).reduce((sum, f) => sum + f.bytes, 0);
    if (!speechFitsBudget(others, size)) return { kind: 'unavailable', reason: 'too-long' };
    await files.move(key, file, SPEECH_MIME);
    return { kind: 'ready', bytes: size };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
