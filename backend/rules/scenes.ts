// QR scenes: the short strings (≤ 32 chars, WeChat's wxacode.getUnlimited limit) that name what a QR code opens.
// Plain scenes ("b.1k") name public things; scenes that grant something carry an expiry and an HMAC, so a forged,
// altered or stale one is refused. Pure functions: the key and the clock are passed in.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SCENE_MAX_LENGTH = 32;
/** WeChat's allowed scene characters. */
export const SCENE_CHARS = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/;

const PLAIN = { book: 'b', chapter: 'c', event: 'e', post: 'p' } as const;
const SIGNED = { checkin: 'k', attendance: 'a', invite: 'i' } as const;

export type PlainSceneType = keyof typeof PLAIN;
export type SignedSceneType = keyof typeof SIGNED;
export type SceneType = PlainSceneType | SignedSceneType;

export type SceneVerdict =
  | { ok: true; type: SceneType; id: number; expiresAt?: Date }
  | { ok: false; reason: 'malformed' | 'forged' | 'expired' };

const SIG_LENGTH = 11; // 66 bits of HMAC-SHA256: enough against guessing, short enough for the 32-char limit

const typeOfPrefix = new Map<string, SceneType>([
  ...Object.entries(PLAIN).map(([t, p]) => [p, t as SceneType] as const),
  ...Object.entries(SIGNED).map(([t, p]) => [p, t as SceneType] as const),
]);

function sign(body: string, key: string): string {
  return createHmac('sha256', key).update(body).digest('base64url').slice(0, SIG_LENGTH);
}

export function isPlainType(type: string): type is PlainSceneType {
  return Object.prototype.hasOwnProperty.call(PLAIN, type);
}

export function plainScene(type: PlainSceneType, id: number): string {
  return `${PLAIN[type]}.${id.toString(36)}`;
}

export function signedScene(type: SignedSceneType, id: number, expiresAt: Date, key: string): string {
  const body = `${SIGNED[type]}.${id.toString(36)}.${Math.floor(expiresAt.getTime() / 1000).toString(36)}`;
  return `${body}.${sign(body, key)}`;
}

const ID36 = /^[0-9a-z]{1,7}$/;

export function readScene(scene: string, key: string, now: Date): SceneVerdict {
  if (scene.length === 0 || scene.length > SCENE_MAX_LENGTH || !SCENE_CHARS.test(scene)) return { ok: false, reason: 'malformed' };
  const parts = scene.split('.');
  const type = typeOfPrefix.get(parts[0]);
  if (!type || !ID36.test(parts[1] ?? '')) return { ok: false, reason: 'malformed' };
  const id = parseInt(parts[1], 36);
  // Ids are 32-bit database keys: anything larger cannot name a row.
  if (!Number.isSafeInteger(id) || id <= 0 || id > 2_147_483_647) return { ok: false, reason: 'malformed' };

  if (isPlainType(type)) return parts.length === 2 ? { ok: true, type, id } : { ok: false, reason: 'malformed' };

  if (parts.length !== 4 || !ID36.test(parts[2]) || parts[3].length !== SIG_LENGTH) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(sign(parts.slice(0, 3).join('.'), key));
  const given = Buffer.from(parts[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'forged' };
  const expiresAt = new Date(parseInt(parts[2], 36) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, type, id, expiresAt };
}
