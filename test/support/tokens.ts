// A session token per demo handle, issued by the host's own signer (no sign-in call, no sign-in limit) and kept for
// the suite: suites that act as many people call `token(handle)`. The host is a function: suites start it in beforeAll.
// `token.forget(handle)` drops one after the suite ended that person's sessions (a role change, 已故).
import type { TestHost } from './start-host';

export type TokenOf = ((handle: string) => Promise<string>) & { forget(handle: string): void };

export function tokensByHandle(host: () => TestHost): TokenOf {
  const tokens = new Map<string, string>();
  const tokenOf = async (handle: string): Promise<string> => {
    const known = tokens.get(handle);
    if (known) return known;
    const h = host();
    const p = await h.deps.database.db
      .selectFrom('people')
      .select(['id', 'session_version'])
      .where('handle', '=', handle)
      .executeTakeFirstOrThrow();
    const t = await h.deps.tokens.issue(p.id, p.session_version);
    tokens.set(handle, t);
    return t;
  };
  return Object.assign(tokenOf, { forget: (handle: string) => void tokens.delete(handle) });
}
