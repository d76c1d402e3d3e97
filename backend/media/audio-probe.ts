// Reads what kind of audio a file holds and how long it plays, from its bytes (not its name).
import { parseBuffer, parseFile } from 'music-metadata';
import type { AudioFacts } from '../runtime/deps';

export const AUDIO_MIME: Record<string, string> = { mp3: 'audio/mpeg', m4a: 'audio/mp4', aac: 'audio/aac' };
export const MAX_AUDIO_BYTES = 100 * 1024 * 1024;

/** The audio type from the first bytes of a file, or null when it is not MP3, AAC (ADTS) or M4A. */
export function sniffAudioType(head: Uint8Array): keyof typeof AUDIO_MIME | null {
  if (head.length >= 3 && head[0] === 0x49 && head[1] === 0x44 && head[2] === 0x33) return 'mp3'; // "ID3" tag
  if (head.length >= 8 && head[4] === 0x66 && head[5] === 0x74 && head[6] === 0x79 && head[7] === 0x70) return 'm4a'; // "ftyp"
  if (head.length >= 2 && head[0] === 0xff && (head[1] & 0xf6) === 0xf0) return 'aac'; // ADTS sync, layer 0
  if (head.length >= 2 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0) return 'mp3'; // MPEG audio frame sync
  return null;
}

function factsFrom(duration: number | undefined, bytes: number, type: keyof typeof AUDIO_MIME): AudioFacts | null {
  if (duration === undefined || !Number.isFinite(duration) || duration <= 0) return null;
  return { bytes, mime: AUDIO_MIME[type], duration: Math.round(duration * 10) / 10 };
}

export async function probeAudioFile(file: string, bytes: number, head: Uint8Array): Promise<AudioFacts | null> {
  const type = sniffAudioType(head);
  if (!type) return null;
  try {
    const meta = await parseFile(file, { duration: true });
    return factsFrom(meta.format.duration, bytes, type);
  } catch {
    return null;
  }
}

export async function probeAudioBuffer(buffer: Uint8Array): Promise<AudioFacts | null> {
  const type = sniffAudioType(buffer.subarray(0, 16));
  if (!type) return null;
  try {
    const meta = await parseBuffer(buffer, { mimeType: AUDIO_MIME[type] }, { duration: true });
    return factsFrom(meta.format.duration, buffer.length, type);
  } catch {
    return null;
  }
}
