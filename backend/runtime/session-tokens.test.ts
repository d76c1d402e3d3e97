import type { Kysely } from 'kysely';
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
