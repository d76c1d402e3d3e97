// Host sessions are signed, expiring tokens (JWT, HS256): any host process sharing the database's secret
// can verify them, so nothing about a session lives in one process's memory.
import { SignJWT, jwtVerify } from 'jose';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Schema } from '../data/schema';

const ISSUER = 'silver-pioneers';
const LIFETIME = '30d';

export interface SessionTokens {
  issue(personId: number): Promise<string>;
  /** The person id the token was issued to, or null when it is forged, altered, expired or malformed. */
  verify(token: string): Promise<number | null>;
}

export function createSessionTokens(secret: string): SessionTokens {
  const key = new TextEncoder().encode(secret);
  return {
    issue: (personId) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(String(personId))
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(LIFETIME)
        .sign(key),
    async verify(token) {
      if (token.length > 2048) return null;
      try {
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        const id = Number(payload.sub);
        return Number.isSafeInteger(id) && id > 0 ? id : null;
      } catch {
        return null;
      }
    },
  };
}

/**
 * A signing secret: the environment's value when set, otherwise one generated once and kept in the settings
 * table, so every host and cloud instance on the same database agrees without configuration.
 */
export async function loadSecret(db: Kysely<Schema>, name: 'session_secret' | 'scene_secret', fromEnv: string | undefined): Promise<string> {
  if (fromEnv && fromEnv.length >= 32) return fromEnv;
  await db
    .insertInto('settings')
    .values({ key: name, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('settings').select('value').where('key', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
