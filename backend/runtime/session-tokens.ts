// Host sessions are signed, expiring tokens (JWT, HS256): any host process sharing the database's secret
// can verify them, so nothing about a session lives in one process's memory. fast-jwt signs and verifies with
// node:crypto synchronously: a rush of members each showing a token for the first time paid 115–140 µs a token for
// WebCrypto's thread-pool round trip (jose), and pays about 18 µs here (issue 19).
import { createSigner, createVerifier } from 'fast-jwt';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../data/schema';

const ISSUER = 'silver-pioneers';
const LIFETIME_MS = 30 * 24 * 3600 * 1000;

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
  const key = Buffer.from(secret, 'utf8');
  const sign = createSigner({ key, algorithm: 'HS256', iss: ISSUER, expiresIn: LIFETIME_MS });
  // Only HS256 with this key: a token naming `none` or another algorithm is refused before its signature is read.
  const check = createVerifier({ key, algorithms: ['HS256'], allowedIss: ISSUER, requiredClaims: ['exp', 'sub'] });
  const verified = new Map<string, SessionClaims & { expiresAt: number }>();
  return {
    // `sv` is checked against the person's current version on every call (caller.ts), so revoking is one update.
    issue: async (personId, version) => sign({ sv: version, sub: String(personId) }),
    async verify(token) {
      if (token.length > 2048) return null;
      const known = verified.get(token);
      if (known) {
        if (known.expiresAt > Date.now()) return { personId: known.personId, version: known.version };
        verified.delete(token);
        return null;
      }
      let payload: { sub?: unknown; sv?: unknown; exp?: unknown };
      try {
        payload = check(token) as typeof payload;
      } catch {
        return null;
      }
      const id = Number(payload.sub);
      // Tokens from before session versions carry none: they stand for version 0, the first.
      const version = payload.sv === undefined ? 0 : payload.sv;
      if (typeof payload.sub !== 'string' || !Number.isSafeInteger(id) || id <= 0) return null;
      if (typeof payload.exp !== 'number') return null;
      if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) return null;
      if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value as string);
      verified.set(token, { personId: id, version, expiresAt: payload.exp * 1000 });
      return { personId: id, version };
    },
  };
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
