// Regenerates the demo audiobook audio from backend/seed/demo-books.ts:
//   node scripts/make-demo-audio.mjs
// Each chapter is spoken by espeak-ng into a WAV, encoded by lame as a small mono MP3 into
// backend/seed/demo-audio/<bookKey>-<chapterKey>.mp3, and listed in manifest.json (bytes, duration, sha256).
// The MP3s are committed, so `npm start` needs neither tool; only run this after editing a transcript.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { DEMO_BOOKS, DEMO_AUDIO_DIR, demoAudioFileName } = await tsImport(
  '../backend/seed/demo-books.ts',
  import.meta.url,
);

// Not plain `cmn`: in espeak-ng 1.51 (Debian 12) that voice reads its own pinyin as English
// ("好" → "hao three", espeak-ng/espeak-ng#1236). The pinyin voice speaks the same dictionary as Mandarin.
const VOICE = 'cmn-latn-pinyin';
const SPEED = '150';
// Mono 32 kbps at 22.05 kHz: speech stays clear and a minute is ~240 KB, well under the 48 kbps limit.
const LAME_ARGS = ['--quiet', '-m', 'm', '-b', '32', '--resample', '22.05'];
// Spoken Mandarin at this speed runs ~0.3 s per character (punctuation included); far outside means broken speech.
const SECONDS_PER_CHAR = { min: 0.2, max: 0.45 };

const outDir = join(root, DEMO_AUDIO_DIR);
const sha256 = (data) => createHash('sha256').update(data).digest('hex');

function run(command, args, env) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: env ? { ...process.env, ...env } : process.env });
  if (result.error) throw new Error(`${command}: ${result.error.message} (is it installed?)`);
  if (result.status !== 0) throw new Error(`${command} ${args.slice(0, 4).join(' ')} … failed: ${result.stderr}`);
  return result.stdout;
}

// Duration from the RIFF header: data bytes / (rate × block align). Walks the chunks rather than
// assuming a 44-byte header, and trusts the file length if the size field was left unpatched.
function wavDurationSeconds(wav) {
  if (wav.toString('ascii', 0, 4) !== 'RIFF' || wav.toString('ascii', 8, 12) !== 'WAVE')
    throw new Error('not a WAV file');
  let offset = 12;
  let rate = 0;
  let blockAlign = 0;
  while (offset + 8 <= wav.length) {
    const id = wav.toString('ascii', offset, offset + 4);
    const size = wav.readUInt32LE(offset + 4);
    if (id === 'fmt ') {
      rate = wav.readUInt32LE(offset + 12);
      blockAlign = wav.readUInt16LE(offset + 20);
    } else if (id === 'data') {
      if (!rate || !blockAlign) throw new Error('WAV data before fmt chunk');
      const bytes = Math.min(size, wav.length - offset - 8);
      return Math.floor(bytes / blockAlign) / rate;
    }
    offset += 8 + size + (size % 2);
  }
  throw new Error('WAV has no data chunk');
}

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'demo-audio-'));
const files = {};
let totalBytes = 0;
let totalSeconds = 0;
try {
  for (const book of DEMO_BOOKS) {
    book.chapters.forEach((chapter, index) => {
      const name = demoAudioFileName(book.key, chapter.key);
      const text = chapter.transcript;

      // A language switch in the phonemes means espeak would read part of the text with an English voice.
      const phonemes = run('espeak-ng', ['-v', VOICE, '-q', '-x', text]);
      if (phonemes.includes('(en)'))
        throw new Error(`${name}: espeak-ng switches to English; check the voice and text`);

      const wavPath = join(work, 'out.wav');
      run('espeak-ng', ['-v', VOICE, '-s', SPEED, '-w', wavPath, text]);
      const durationSeconds = Math.round(wavDurationSeconds(readFileSync(wavPath)) * 10) / 10;
      const perChar = durationSeconds / [...text].length;
      if (perChar < SECONDS_PER_CHAR.min || perChar > SECONDS_PER_CHAR.max) {
        throw new Error(`${name}: ${durationSeconds} s for ${[...text].length} characters is not plausible speech`);
      }

      const mp3Path = join(outDir, name);
      const tags = [
        '--add-id3v2',
        '--id3v2-only',
        '--id3v2-utf16',
        '--tt',
        chapter.title,
        '--ta',
        book.reader,
        '--tl',
        book.title,
        '--tn',
        `${index + 1}/${book.chapters.length}`,
      ];
      // lame converts tag text from the locale's charset, so make sure that is UTF-8.
      run('lame', [...LAME_ARGS, ...tags, wavPath, mp3Path], { LC_ALL: 'C.UTF-8' });

      const mp3 = readFileSync(mp3Path);
      files[name] = {
        bookKey: book.key,
        chapterKey: chapter.key,
        bytes: mp3.length,
        durationSeconds,
        sha256: sha256(mp3),
        transcriptSha256: sha256(text),
      };
      totalBytes += mp3.length;
      totalSeconds += durationSeconds;
      console.log(
        `demo-audio: ${name}  ${durationSeconds.toFixed(1)} s  ${(mp3.length / 1024).toFixed(0)} KB  ${chapter.title}`,
      );
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Drop MP3s of books or chapters that no longer exist, so the committed folder matches the data.
for (const entry of readdirSync(outDir)) {
  if (entry.endsWith('.mp3') && !(entry in files)) {
    rmSync(join(outDir, entry));
    console.log(`demo-audio: removed stale ${entry}`);
  }
}

const manifest = {
  voice: `espeak-ng -v ${VOICE} -s ${SPEED}`,
  encoding: `lame ${LAME_ARGS.filter((a) => a !== '--quiet').join(' ')}`,
  files,
};
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `demo-audio: ${Object.keys(files).length} files, ${(totalSeconds / 60).toFixed(1)} min, ${(totalBytes / 1024 / 1024).toFixed(2)} MB → ${DEMO_AUDIO_DIR}/manifest.json`,
);
