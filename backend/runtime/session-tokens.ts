// Host sessions are signed, expiring tokens (JWT, HS256): any host process sharing the database's secret
// can verify them, so nothing about a session lives in one process's memory. jose signs them. Verifying is on the hot
// path (a rush shows the host every member's token for the first time), and jose verifies only through WebCrypto's
// thread pool, 115–140 µs a token here; the one algorithm we issue is checked below with node:crypto's HMAC in about
// 13 µs (issue 19). fast-jwt, which does the same, added 30–50 ms to the host's cold start (asn1.js and its other
// dependencies) for algorithms we never use.
import { SignJWT } from 'jose';
import { createHmac, createSecretKey, timingSafeEqual, randomBytes, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../data/schema';

const ISSUER = 'silver-pioneers';
const LIFETIME = '30d';

/** Whom a session was issued to, and at which of their session versions (people.session_version). */
export interface SessionClaims {
  personId: number;
  version: number;
}

export interface SessionTokens {
  issue(personId: number, version: number): Promise<string>;
  /** The claims the token was issued with, or null when it is forged, altered, expired or malformed. */
  verify(token: string): Promise<SessionClaims | null>;
}

/** Verified tokens remembered per process: a token never changes, so its verdict holds until it expires. */
const VERIFIED_CACHE_SIZE = 10_000;

export function createSessionTokens(secret: string): SessionTokens {
  const key = createSecretKey(Buffer.from(secret, 'utf8'));
  const verified = new Map<string, SessionClaims & { expiresAt: number }>();
  return {
    // `sv` is checked against the person's current version on every call (caller.ts), so revoking is one update.
    issue: (personId, version) =>
      new SignJWT({ sv: version })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(personId))
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(LIFETIME)
        .sign(key),
    async verify(token) {
      if (token.length > 2048) return null;
      const known = verified.get(token);
      if (known) {
        if (known.expiresAt > Date.now()) return { personId: known.personId, version: known.version };
        verified.delete(token);
        return null;
      }
      const payload = signedPayload(token, key);
      if (payload === null) return null;
      const { iss, sub, exp, nbf } = payload;
      const now = Date.now() / 1000;
      if (iss !== ISSUER || typeof exp !== 'number' || !(exp > now)) return null;
      if (nbf !== undefined && !(typeof nbf === 'number' && nbf <= now)) return null;
      const id = Number(sub);
      if (typeof sub !== 'string' || !Number.isSafeInteger(id) || id <= 0) return null;
      // Tokens from before session versions carry none: they stand for version 0, the first.
      const version = payload.sv === undefined ? 0 : payload.sv;
      if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) return null;
      if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value as string);
      verified.set(token, { personId: id, version, expiresAt: exp * 1000 });
      return { personId: id, version };
    },
  };
}

/**
 * The payload of a compact JWT whose header names HS256 (and no extension it would need us to understand) and whose
 * signature is this key's HMAC of its first two parts (as written), or null. The signature must be canonical
 * base64url, so one token has one spelling.
 */
function signedPayload(token: string, key: KeyObject): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const [head, body, signature] = parts;
  const header = jsonPart(head);
  if (header === null || header.alg !== 'HS256' || header.crit !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  if (given.toString('base64url') !== signature) return null;
  const expected = createHmac('sha256', key).update(`${head}.${body}`).digest();
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return jsonPart(body);
}

/** A base64url part holding a JSON object, or null. */
function jsonPart(part: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * A signing secret: the environment's value when set, otherwise one generated once and kept in the settings
 * table, so every host and cloud instance on the same database agrees without configuration.
 */
export async function loadSecret(
  db: Kysely<Schema>,
  name: 'session_secret' | 'scene_secret',
  fromEnv: string | undefined,
): Promise<string> {
  if (fromEnv) {
    // A short key set on purpose is a mistake to stop on, not to replace quietly with another one.
    if (fromEnv.length < 32)
      throw new Error(
        `${name.toUpperCase()} must be at least 32 characters; generate one with: openssl rand -base64 48`,
      );
    return fromEnv;
  }
  await db
    .insertInto('settings')
    .values({ key: name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
