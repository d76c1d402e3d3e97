// Short codes a retiree reads off paper or a screen and types (invitation codes, 家人码): capitals and digits without
// the easily misread 0/O and 1/I/L. contracts/account.ts tells a mistyped one from a wrong one with the same set.
import { randomInt } from 'node:crypto';

export const SHORT_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A code of `length` characters from the first `length` random bytes (randomness passed in, for the rules' tests). */
export function shortCodeFromBytes(bytes: Uint8Array, length: number): string {
  if (bytes.length < length) throw new Error(`need at least ${length} random bytes`);
  let code = '';
  for (let i = 0; i < length; i += 1) code += SHORT_CODE_ALPHABET[bytes[i] % SHORT_CODE_ALPHABET.length];
  return code;
}

/** A fresh random code of `length` characters, every character equally likely. */
export function randomShortCode(length: number): string {
  return Array.from({ length }, () => SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)]).join('');
}
