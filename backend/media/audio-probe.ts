// Reads what kind of audio a file holds and how long it plays, from its bytes (not its name).
import { parseBuffer, parseStream } from 'music-metadata';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import type { AudioFacts } from '../runtime/deps';

export const AUDIO_MIME: Record<string, string> = { mp3: 'audio/mpeg', m4a: 'audio/mp4', aac: 'audio/aac' };

/** The audio type from the first bytes of a file, or null when it is not MP3, AAC (ADTS) or M4A. */
export function sniffAudioType(head: Uint8Array): keyof typeof AUDIO_MIME | null {
  if (head.length >= 3 && head[0] === 0x49 && head[1] === 0x44 && head[2] === 0x33) return 'mp3'; // "ID3" tag
  if (head.length >= 8 && head[4] === 0x66 && head[5] === 0x74 && head[6] === 0x79 && head[7] === 0x70) return 'm4a'; // "ftyp"
  if (head.length >= 2 && head[0] === 0xff && (head[1] & 0xf6) === 0xf0) return 'aac'; // ADTS sync, layer 0
  if (head.length >= 2 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0) return 'mp3'; // MPEG audio frame sync
  return null;
}

/**
 * Which parser to use, named by a file name of the sniffed type: music-metadata's content-type lookup fails where
 * its ESM dependencies are loaded as CommonJS (Jest), its lookup by extension works everywhere.
 */
function parserHint(type: keyof typeof AUDIO_MIME, size: number) {
  return { path: `audio.${type}`, size };
}

function factsFrom(duration: number | undefined, bytes: number, type: keyof typeof AUDIO_MIME): AudioFacts | null {
  if (duration === undefined || !Number.isFinite(duration) || duration <= 0) return null;
  return { bytes, mime: AUDIO_MIME[type], duration: Math.round(duration * 10) / 10 };
}

/**
 * Facts about a local file whatever its name (an upload's `.part` file), or null when it is missing or not
 * playable audio: the type comes from the first bytes and is given to the parser, which would guess by extension.
 */
export async function probeAudioAt(file: string): Promise<AudioFacts | null> {
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return null;
  const handle = await open(file, 'r');
  const head = new Uint8Array(16);
  try {
    await handle.read(head, 0, 16, 0);
  } finally {
    await handle.close();
  }
  const type = sniffAudioType(head);
  if (!type) return null;
  // Through a pass-through: the parser would take the file stream's own path (`.part`) as the name to judge by.
  const stream = createReadStream(file);
  try {
    const meta = await parseStream(stream.pipe(new PassThrough()), parserHint(type, info.size), { duration: true });
    return factsFrom(meta.format.duration, info.size, type);
  } catch {
    return null;
  } finally {
    stream.destroy();
  }
}

export async function probeAudioBuffer(buffer: Uint8Array): Promise<AudioFacts | null> {
  const type = sniffAudioType(buffer.subarray(0, 16));
  if (!type) return null;
  try {
    const meta = await parseBuffer(buffer, parserHint(type, buffer.length), { duration: true });
    return factsFrom(meta.format.duration, buffer.length, type);
  } catch {
    return null;
  }
}
