// Invitation codes: how they are made, stored and judged. Pure functions; randomness is passed in.
import { createHash } from 'node:crypto';
import { SHORT_CODE_ALPHABET, shortCodeFromBytes } from '../common/short-codes';

export const INVITE_ALPHABET = SHORT_CODE_ALPHABET;
export const INVITE_LENGTH = 8;
export const INVITE_LIFETIME_DAYS = 7;

export function inviteCodeFromBytes(bytes: Uint8Array): string {
  return shortCodeFromBytes(bytes, INVITE_LENGTH);
}

export function hashInviteCode(code: string): string {
  return createHash('sha256').update(code.toUpperCase()).digest('hex');
}

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}

export type InviteVerdict = 'valid' | 'expired' | 'used' | 'revoked' | 'replay';

/** A web resend of a redemption (same code, same request id) is recognised this long after the first. */
export const REDEEM_RESEND_WINDOW_MS = 10 * 60 * 1000;

/**
 * Who presents a code, for recognising a resend: the WeChat user, or on the web a hash of the code and the
 * client's request id — both known only to the one who sent the first request. Null: no resend is recognised.
 */
export function redeemerOf(openid: string | null, code: string, requestId: string | undefined): string | null {
  if (openid !== null) return `wechat:${openid}`;
  if (requestId === undefined) return null;
  return `retry:${createHash('sha256').update(`${code.toUpperCase()}\n${requestId}`).digest('hex')}`;
}

/**
 * Judges a stored invitation for a redeemer. The same WeChat user presenting a used code again, or the same web
 * request resent within minutes, is a harmless replay, not an error. A revoked code is refused even then.
 */
export function judgeInvite(
  invite: { expires_at: string; used_at: string | null; redeemed_by: string | null; revoked_at: string | null },
  redeemer: string | null,
  now: Date,
): InviteVerdict {
  if (invite.revoked_at !== null) return 'revoked';
  if (invite.used_at !== null) {
    if (redeemer === null || invite.redeemed_by !== redeemer) return 'used';
    const fresh =
      redeemer.startsWith('wechat:') || now.getTime() - new Date(invite.used_at).getTime() <= REDEEM_RESEND_WINDOW_MS;
    return fresh ? 'replay' : 'used';
  }
  if (new Date(invite.expires_at).getTime() <= now.getTime()) return 'expired';
  return 'valid';
}
