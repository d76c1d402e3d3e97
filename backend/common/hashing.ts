// SHA-256 in lowercase hex: the lottery's tickets and seed commitments, and the hashes kept for short-lived codes
// (家人码) so the database never holds a code that works.
import { createHash } from 'node:crypto';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
