// Who is calling: resolved from the trusted identity the runtime hands us (WeChat OPENID or a verified host
// token), never from anything in the request body.
import { findPersonIdByIdentity, loadPersonProfile, type PersonProfile } from '../data/people';
import type { Deps } from './deps';
import { fail } from './app-error';

/** What the runtime knows before any lookup. */
export type Identity =
  /** `ip`: the web caller's address, for rate limits on anonymous calls. */
  { source: 'host'; token: string | null; ip?: string } | { source: 'wechat'; openid: string };

export type Caller =
  { kind: 'anonymous'; identity: Identity } | ({ kind: 'person'; identity: Identity } & PersonProfile);

export type PersonCaller = Extract<Caller, { kind: 'person' }>;

/**
 * Resolves the caller. A host token that is present but forged, altered, expired or revoked (its session version
 * is older than the person's) is an error for actions that need a person (`strict`), and is ignored (anonymous)
 * for public ones.
 */
export async function resolveCaller(identity: Identity, deps: Deps, strict: boolean): Promise<Caller> {
  let personId: number | null = null;
  let version: number | null = null;
  if (identity.source === 'wechat') {
    personId = await findPersonIdByIdentity(deps.database.db, 'wechat', identity.openid);
  } else if (identity.token !== null) {
    const claims = await deps.tokens.verify(identity.token);
    if (claims === null && strict) throw fail.unauthenticated('登录已过期或无效，请重新登录。');
    personId = claims?.personId ?? null;
    version = claims?.version ?? null;
  }
  if (personId === null) return { kind: 'anonymous', identity };
  const profile = await loadPersonProfile(deps.database.db, personId);
  if (profile && version !== null && profile.person.session_version !== version) {
    if (strict)
      throw fail.unauthenticated('这台手机上的登录已经失效了，请重新登录。如果不是您本人操作的，请联系支部书记。');
    return { kind: 'anonymous', identity };
  }
  if (!profile) {
    if (strict) throw fail.unauthenticated('找不到您的账号，请重新登录。');
    return { kind: 'anonymous', identity };
  }
  return { kind: 'person', identity, ...profile };
}
