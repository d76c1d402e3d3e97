// Speech synthesis in the host (Deps.speech): espeak-ng (Mandarin) speaks a WAV stream straight into lame, which keeps
// it as MP3 at speech bitrate (24 kbit/s mono: 2.1 MB of WAV for a short notice becomes about 0.1 MB; the longest
// notice about 13 MB instead of 190 MB). Where either is not installed the answer is 'missing', never a throw.
import { spawn } from 'node:child_process';
import { SPEECH_BITRATE_KBPS } from '../domains/notices/rules/notice-audio';
import type { Speech, SpeechOutcome } from '../runtime/deps';

/** Speaking rate in words a minute: slower than espeak-ng's 175, for older listeners. */
const RATE = 140;
/** The longest notice takes espeak-ng about 6 s and lame about 8 s of CPU; on a busy host, several times that. */
const TIMEOUT_MS = 120_000;

/** The commands that speak and encode: NOTICES_ESPEAK / NOTICES_LAME name other binaries (a test points one at nothing). */
function commands(): { espeak: string; lame: string } {
  return { espeak: process.env.NOTICES_ESPEAK ?? 'espeak-ng', lame: process.env.NOTICES_LAME ?? 'lame' };
}

export function espeakSpeech(): Speech {
  return { mp3: speakToMp3 };
}

/** espeak-ng's WAV on its stdout, piped into lame; the text goes on stdin, never the command line. */
function speakToMp3(words: string, file: string): Promise<SpeechOutcome> {
  const { espeak, lame } = commands();
  return new Promise((resolve) => {
    let outcome: SpeechOutcome | null = null;
    let running = 2;
    const settle = (result: SpeechOutcome) => {
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
      const finish = (result: SpeechOutcome) => {
        if (done) return;
        done = true;
        settle(result);
      };
      child.on('error', (err: NodeJS.ErrnoException) => finish(err.code === 'ENOENT' ? 'missing' : 'failed'));
      child.on('close', (code) => finish(code === 0 ? 'ok' : 'failed'));
    };
    const speaker = spawn(espeak, ['-v', 'cmn', '-s', String(RATE), '--stdout', '--stdin'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      timeout: TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    const encoder = spawn(lame, ['--quiet', '-m', 'm', '-b', String(SPEECH_BITRATE_KBPS), '-', file], {
      stdio: ['pipe', 'ignore', 'ignore'],
      timeout: TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    watch(speaker);
    watch(encoder);
    for (const s of [speaker.stdin, speaker.stdout, encoder.stdin]) s?.on('error', () => undefined);
    speaker.stdout?.pipe(encoder.stdin!);
    speaker.stdin?.end(words);
  });
}
