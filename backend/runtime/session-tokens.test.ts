import type { Kysely } from 'kysely';
import { SignJWT } from 'jose';
import { createHmac } from 'node:crypto';
import type { Schema } from '../data/schema';
import { createSessionTokens, loadSecret } from './session-tokens';

// A short key is refused before the database is touched, so no database is needed here.
const noDatabase = undefined as unknown as Kysely<Schema>;

describe('session tokens', () => {
  it('refuses a signing secret shorter than 32 characters instead of quietly using another', async () => {
    await expect(loadSecret(noDatabase, 'session_secret', 'too-short')).rejects.toThrow(
      /SESSION_SECRET must be at least 32 characters/,
    );
    await expect(loadSecret(noDatabase, 'scene_secret', 'x'.repeat(32))).resolves.toBe('x'.repeat(32));
  });

  it('carries the session version and refuses a token signed with another key or a bad version', async () => {
    const tokens = createSessionTokens('k'.repeat(32));
    expect(await tokens.verify(await tokens.issue(7, 3))).toEqual({ personId: 7, version: 3 });
    const other = createSessionTokens('o'.repeat(32));
    expect(await tokens.verify(await other.issue(7, 3))).toBeNull();
    expect(await tokens.verify(await tokens.issue(7, -1))).toBeNull();
  });
});

describe('session tokens against hostile tokens', () => {
  const SECRET = 's'.repeat(40);
  const key = new TextEncoder().encode(SECRET);
  const tokens = createSessionTokens(SECRET);
  /** A token made by another library (jose), so these tests do not share the verifier's assumptions. */
  const made = (claims: Record<string, unknown>, alg = 'HS256', k: Uint8Array = key) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg });
    return jwt.sign(k);
  };
  const now = () => Math.floor(Date.now() / 1000);
  const valid = { sub: '7', sv: 2, iss: 'silver-pioneers', iat: now(), exp: now() + 3600 };
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  /** A token signed by hand with HMAC-SHA256, for headers and payloads jose would not make. */
  const signedBy = (secret: string, header: string, payload: string) =>
    `${header}.${payload}.${createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url')}`;

  it('accepts a well-formed HS256 token made by another library with the same secret', async () => {
    expect(await tokens.verify(await made(valid))).toEqual({ personId: 7, version: 2 });
  });

  it('issues tokens that expire in 30 days and name the issuer', async () => {
    const [, payload] = (await tokens.issue(9, 0)).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, number | string>;
    expect(claims).toMatchObject({ sub: '9', sv: 0, iss: 'silver-pioneers' });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(30 * 24 * 3600);
  });

  it.each([
    ['expired', { ...valid, exp: now() - 1 }],
    ['another issuer', { ...valid, iss: 'someone-else' }],
    ['no expiry', { sub: '7', sv: 2, iss: 'silver-pioneers' }],
    ['no subject', { ...valid, sub: undefined }],
    ['a subject that is no person id', { ...valid, sub: 'admin' }],
    ['a negative person id', { ...valid, sub: '-3' }],
    ['a session version that is text', { ...valid, sv: '2' }],
    ['a start in the future', { ...valid, nbf: now() + 600 }],
  ])('refuses a token with %s', async (_what, claims) => {
    expect(await tokens.verify(await made(claims))).toBeNull();
  });

  it('refuses a header that needs an extension understood, and a payload that is not an object', async () => {
    // Built by hand: jose will not sign a header whose extension it does not know.
    const forged = signedBy(SECRET, b64({ alg: 'HS256', crit: ['b64'], b64: true }), b64(valid));
    expect(await tokens.verify(forged)).toBeNull();
    expect(await tokens.verify(signedBy(SECRET, b64({ alg: 'HS256' }), b64([1, 2])))).toBeNull();
    expect(await tokens.verify(signedBy(SECRET, b64({ alg: 'HS256' }), b64(valid)))).toEqual({
      personId: 7,
      version: 2,
    });
  });

  it('refuses another algorithm, an unsigned token, a changed payload and another key', async () => {
    expect(await tokens.verify(await made(valid, 'HS512', new TextEncoder().encode(SECRET.repeat(2))))).toBeNull();
    expect(await tokens.verify(await made(valid, 'HS512'))).toBeNull();
    expect(await tokens.verify(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(valid)}.`)).toBeNull();
    const [header, , signature] = (await made(valid)).split('.');
    expect(await tokens.verify(`${header}.${b64({ ...valid, sub: '1' })}.${signature}`)).toBeNull();
    expect(await tokens.verify(await made(valid, 'HS256', new TextEncoder().encode('o'.repeat(40))))).toBeNull();
    const good = await made(valid);
    const [h, p, sig] = good.split('.');
    // One token, one spelling: a signature or part with characters base64url ignores is refused.
    expect(await tokens.verify(`${h}.${p}.${sig}=`)).toBeNull();
    expect(await tokens.verify(`${h}.${p}!.${sig}`)).toBeNull();
    expect(await tokens.verify(`${h}.${p}.${sig}.`)).toBeNull();
    expect(await tokens.verify(good)).toEqual({ personId: 7, version: 2 });
    expect(await tokens.verify('not.a.token')).toBeNull();
    expect(await tokens.verify('')).toBeNull();
  });
});
