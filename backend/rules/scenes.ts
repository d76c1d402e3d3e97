// QR scenes: the short strings (≤ 32 chars, WeChat's wxacode.getUnlimited limit) that name what a QR code opens.
// Plain scenes ("b.1k") name public things and grant nothing; scenes that grant something carry an expiry and an
// HMAC over prefix, id and expiry, so a forged, altered, stale or re-typed one is refused. Sealed scenes
// ("z.1k.<sig>") carry the HMAC without an expiry, for paper that must open one private thing for years (a
// certificate's verify code): short, so the printed QR stays a small version. Pure functions: the key and the clock
// are passed in.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PlainSceneType, SceneType, SealedSceneType, SignedSceneType } from '../../contracts/qrcode';

export type { PlainSceneType, SceneType, SealedSceneType, SignedSceneType };

export const SCENE_MAX_LENGTH = 32;
/** WeChat's allowed scene characters. */
export const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;

/** One letter per type; a new scene type in the contract is a compile error here until it has its letter. */
const PLAIN: Record<PlainSceneType, string> = { book: 'b', chapter: 'c', event: 'e', post: 'p' };
const SIGNED: Record<SignedSceneType, string> = { checkin: 'k', attendance: 'a', invitation: 'i' };
const SEALED: Record<SealedSceneType, string> = { certificate: 'z', personalCard: 't', timebankCertificate: 'h' };

/** What a readable scene names; a signed one also says until when it holds. */
export type SceneFacts<T extends SceneType = SceneType> = T extends SignedSceneType
  ? { type: T; id: number; expiresAt: Date }
  : T extends PlainSceneType | SealedSceneType
    ? { type: T; id: number }
    : never;

export type SceneVerdict = ({ ok: true } & SceneFacts) | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

const SIG_LENGTH = 11; // 66 bits of HMAC-SHA256: enough against guessing, short enough for the 32-char limit

const typeOfPrefix = new Map<string, SceneType>([
  ...Object.entries(PLAIN).map(([t, p]) => [p, t as SceneType] as const),
  ...Object.entries(SIGNED).map(([t, p]) => [p, t as SceneType] as const),
  ...Object.entries(SEALED).map(([t, p]) => [p, t as SceneType] as const),
]);

function sign(body: string, key: string): string {
  return createHmac('sha256', key).update(body).digest('base64url').slice(0, SIG_LENGTH);
}

function signatureFits(body: string, sig: string, key: string): boolean {
  const expected = Buffer.from(sign(body, key));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export function isPlainType(type: string): type is PlainSceneType {
  return Object.prototype.hasOwnProperty.call(PLAIN, type);
}

export function isSealedType(type: string): type is SealedSceneType {
  return Object.prototype.hasOwnProperty.call(SEALED, type);
}

export function plainScene(type: PlainSceneType, id: number): string {
  return `${PLAIN[type]}.${id.toString(36)}`;
}

export function signedScene(type: SignedSceneType, id: number, expiresAt: Date, key: string): string {
  const body = `${SIGNED[type]}.${id.toString(36)}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
  return `${body}.${sign(body, key)}`;
}

/** "z.1k.<11 signature chars>": at most 21 characters, so a printed URL around it stays short. */
export function sealedScene(type: SealedSceneType, id: number, key: string): string {
  const body = `${SEALED[type]}.${id.toString(36)}`;
  return `${body}.${sign(body, key)}`;
}

const ID36 = /^[0-9a-z]{1,7}$/;

export function readScene(scene: string, key: string, now: Date): SceneVerdict {
  if (scene.length === 0 || scene.length > SCENE_MAX_LENGTH || !SCENE_CHARS.test(scene))
    return { ok: false, reason: 'malformed' };
  const parts = scene.split('.');
  const type = typeOfPrefix.get(parts[0]);
  if (!type || !ID36.test(parts[1] ?? '')) return { ok: false, reason: 'malformed' };
  const id = parseInt(parts[1], 36);
  // Ids are 32-bit database keys: anything larger cannot name a row. One spelling per id: no leading zeros.
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647 || id.toString(36) !== parts[1])
    return { ok: false, reason: 'malformed' };

  if (isPlainType(type)) return parts.length === 2 ? { ok: true, type, id } : { ok: false, reason: 'malformed' };
  if (isSealedType(type)) {
    if (parts.length !== 3 || parts[2].length !== SIG_LENGTH) return { ok: false, reason: 'malformed' };
    return signatureFits(parts.slice(0, 2).join('.'), parts[2], key)
      ? { ok: true, type, id }
      : { ok: false, reason: 'forged' };
  }
  const signedType = type as SignedSceneType;

  if (parts.length !== 4 || !ID36.test(parts[2]) || parts[3].length !== SIG_LENGTH)
    return { ok: false, reason: 'malformed' };
  if (!signatureFits(parts.slice(0, 3).join('.'), parts[3], key)) return { ok: false, reason: 'forged' };
  const expiresAt = new Date(parseInt(parts[2], 36) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, type: signedType, id, expiresAt };
}
