// The bytes the host sends for an envelope. An answer built from data that stays as it is while it is kept (the
// caller's own profile, kept until the database changes: caller.ts) is marked `unchanging` where it is built, and its
// bytes are then made once instead of on every call: JSON.stringify and its UTF-8 encoding were the largest single
// cost of account.me in the host (issue 19: about 4 µs of 47 in a CPU profile under load).
import type { Envelope } from '../../contracts/envelope';
import { freezeDeep } from './freeze-deep';

/** Marked answers: null until first sent, then the bytes of `{"ok":true,"data":…}`. */
const bytesOf = new WeakMap<object, Buffer | null>();

/** Freezes the value all the way down and lets the bytes of its answer be made once. */
export function unchanging<T extends object>(value: T): T {
  freezeDeep(value);
  bytesOf.set(value, null);
  return value;
}

/** The envelope as UTF-8 JSON, the same bytes as `JSON.stringify(envelope)`. */
export function envelopeBytes(envelope: Envelope<unknown>): Buffer {
  if (envelope.ok && typeof envelope.data === 'object' && envelope.data !== null) {
    const kept = bytesOf.get(envelope.data);
    if (kept) return kept;
    if (kept === null) {
      const bytes = ownBytes(JSON.stringify({ ok: true, data: envelope.data }));
      bytesOf.set(envelope.data, bytes);
      return bytes;
    }
  }
  return Buffer.from(JSON.stringify(envelope));
}

/** Bytes in a memory of their own: a small Buffer.from shares an 8 KB slab, which a kept one would hold on to. */
function ownBytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}
