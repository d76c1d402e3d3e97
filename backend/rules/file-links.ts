// Personal download links (exports): the link names a stored file and an end time, and carries an HMAC over the
// file, the person it was made for and the end. Whoever fetches it must be signed in as that person: the
// signature is checked with the fetcher's own person id, so someone else's session, a later end or another file
// all break it. The session token itself never goes in the URL. Pure: the key and the clock are passed in.
import { createHmac, timingSafeEqual } from 'node:crypto';

const SIG_LENGTH = 22; // 132 bits of HMAC-SHA256 in base64url
const SIG = /^[A-Za-z0-9_-]{22}$/;
const UNTIL = /^[1-9][0-9]{0,11}$/;

export interface LinkParts {
  key: string;
  /** Unix seconds, as written in the link. */
  until: string;
  sig: string;
}

export type LinkVerdict = { ok: true; expiresAt: Date } | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

/**
 * What a link is for, signed into it, so one kind can never be passed off as another: `file-link` (a download the
 * fetcher proves with their session) or `listen-link` (audio a player fetches without headers: the person is
 * named in the link, and the route checks them again on every request).
 */
export type LinkPurpose = 'file-link' | 'listen-link';

function sign(key: string, personId: number, until: string, secret: string, purpose: LinkPurpose): string {
  return createHmac('sha256', secret)
    .update(`${purpose}\n${key}\n${personId}\n${until}`)
    .digest('base64url')
    .slice(0, SIG_LENGTH);
}

/** The `until` and `sig` of a link to `key` for this person, good until `expiresAt` (rounded down to a second). */
export function signFileLink(
  key: string,
  personId: number,
  expiresAt: Date,
  secret: string,
  purpose: LinkPurpose = 'file-link',
): { until: string; sig: string } {
  const until = String(Math.floor(expiresAt.getTime() / 1000));
  return { until, sig: sign(key, personId, until, secret, purpose) };
}

/** Whether this person may fetch the link now: malformed, forged (or someone else's), expired, or ok. */
export function readFileLink(
  parts: LinkParts,
  personId: number,
  secret: string,
  now: Date,
  purpose: LinkPurpose = 'file-link',
): LinkVerdict {
  if (!UNTIL.test(parts.until) || !SIG.test(parts.sig)) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(sign(parts.key, personId, parts.until, secret, purpose));
  if (!timingSafeEqual(expected, Buffer.from(parts.sig))) return { ok: false, reason: 'forged' };
  const expiresAt = new Date(Number(parts.until) * 1000);
  if (now.getTime() >= expiresAt.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, expiresAt };
}
