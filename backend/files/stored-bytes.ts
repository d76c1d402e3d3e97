// A stored file read whole into memory, bounded: for the small files an action judges or copies (a roster, a 民情
// agreement), never for media, which is streamed.
import type { Readable } from 'node:stream';

/** The stream's bytes; 'missing' when there is no stream (no such file), 'too-large' once they pass `max`. */
export async function readAll(stream: Readable | null, max: number): Promise<Uint8Array | 'missing' | 'too-large'> {
  if (!stream) return 'missing';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > max) {
      stream.destroy();
      return 'too-large';
    }
    chunks.push(chunk as Buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
