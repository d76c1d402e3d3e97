// Check-in codes. A post in 'geo' mode prints a long-lived signed `k.` scene (unforgeable: an HMAC over the post id
// and the expiry; copying it grants nothing without being at the post in a shift). A post in 'rotating' mode shows
// a code on the manager's phone that changes every 30 s: a short-lived signed `k.` scene for the camera and a
// 6-digit TOTP (otplib, RFC 6238) for someone who cannot scan. Pure: key, secret and clock are passed in.
import { authenticator } from 'otplib';
import type { CheckInModeName as CheckInMode } from '../../contracts/volunteer';

export const TOTP_STEP_SECONDS = 30;
/** A rotating scene holds for its own step and one more, so a scan at the turn of a step still works. */
export const ROTATING_SCENE_SECONDS = 2 * TOTP_STEP_SECONDS;
/** A printed code is good for ten years; reprinting is a key change (docs/SERVICE-HOURS.md). */
export const PRINTED_SCENE_YEARS = 10;
/** The offline queue may bring a scan at most this late. */
export const OFFLINE_MAX_DELAY_MS = 24 * 60 * 60 * 1000;

const totp = authenticator.clone({ step: TOTP_STEP_SECONDS, window: 1, digits: 6 });

export function newTotpSecret(): string {
  return authenticator.generateSecret(20);
}

/** The code at `at` and when its step ends. */
export function totpAt(secret: string, at: Date): { code: string; stepEndsAt: Date } {
  const epoch = at.getTime();
  const stepMs = TOTP_STEP_SECONDS * 1000;
  const code = totp.clone({ epoch }).generate(secret);
  return { code, stepEndsAt: new Date(Math.floor(epoch / stepMs) * stepMs + stepMs) };
}

/** A typed code is good in its own step and the one before (a person reading it out takes a moment). */
export function totpValidAt(secret: string, code: string, at: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return totp.clone({ epoch: at.getTime() }).check(code, secret);
}

/** A scene's expiry for this post's mode, made now. */
export function sceneExpiry(mode: CheckInMode, now: Date): Date {
  if (mode === 'rotating') {
    const stepMs = TOTP_STEP_SECONDS * 1000;
    return new Date(Math.floor(now.getTime() / stepMs) * stepMs + ROTATING_SCENE_SECONDS * 1000);
  }
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() + PRINTED_SCENE_YEARS);
  return d;
}

/**
 * A valid signed scene is accepted for the post's mode: at a rotating post, only a scene made to rotate (living at
 * most ROTATING_SCENE_SECONDS): a printed code (or a code printed before the post switched mode) is refused.
 */
export function sceneFitsMode(mode: CheckInMode, expiresAt: Date, scannedAt: Date): boolean {
  if (expiresAt.getTime() <= scannedAt.getTime()) return false;
  if (mode === 'rotating') return expiresAt.getTime() - scannedAt.getTime() <= ROTATING_SCENE_SECONDS * 1000;
  return true;
}

/** An offline scan is taken only if it is not in the future and at most 24 h old. */
export function offlineDelayOk(scannedAt: Date, now: Date): 'ok' | 'future' | 'too_old' {
  if (scannedAt.getTime() > now.getTime() + 60_000) return 'future';
  if (now.getTime() - scannedAt.getTime() > OFFLINE_MAX_DELAY_MS) return 'too_old';
  return 'ok';
}
