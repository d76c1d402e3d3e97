// A session token per demo handle, issued by the host's own signer (no sign-in call, no sign-in limit) and kept for
// the suite: suites that act as many people call `token(handle)`. The host is a function: suites start it in beforeAll.
import type { TestHost } from './start-host';

export function tokensByHandle(host: () => TestHost): (handle: string) => Promise<string> {
  const tokens = new Map<string, string>();
  return async (handle) => {
    const known = tokens.get(handle);
    if (known) return known;
    const h = host();
    const p = await h.deps.database.db.selectFrom('people').select(['id', 'session_version']).where('handle', '=', handle).executeTakeFirstOrThrow();
    const t = await h.deps.tokens.issue(p.id, p.session_version);
    tokens.set(handle, t);
    return t;
  };
}
