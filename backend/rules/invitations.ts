// Invitation codes: how they are made, stored and judged. Pure functions; randomness is passed in.
import { createHash } from 'node:crypto';

/** No 0/O, 1/I/L: a retiree reads the code off paper or a phone screen. */
export const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_LENGTH = 8;
export const INVITE_LIFETIME_DAYS = 7;

export function inviteCodeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < INVITE_LENGTH) throw new Error('need at least 8 random bytes');
  let code = '';
  for (let i = 0; i < INVITE_LENGTH; i += 1) code += INVITE_ALPHABET[bytes[i] % INVITE_ALPHABET.length];
  return code;
}

export function hashInviteCode(code: string): string {
  return createHash('sha256').update(code.toUpperCase()).digest('hex');
}

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}

export type InviteVerdict = 'valid' | 'expired' | 'used' | 'replay';

/**
 * Judges a stored invitation for a redeemer. `redeemer` identifies who presents it (a WeChat OPENID or a hash of
 * the client's retry key); the same redeemer presenting a used code again is a harmless replay, not an error.
 */
export function judgeInvite(
  invite: { expires_at: string; used_at: string | null; redeemed_by: string | null },
  redeemer: string | null,
  now: Date,
): InviteVerdict {
  if (invite.used_at !== null) return redeemer !== null && invite.redeemed_by === redeemer ? 'replay' : 'used';
  if (new Date(invite.expires_at).getTime() <= now.getTime()) return 'expired';
  return 'valid';
}
