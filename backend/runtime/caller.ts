// Who is calling: resolved from the trusted identity the runtime hands us (WeChat OPENID or a verified host
// token), never from anything in the request body.
import { findPersonIdByIdentity, loadPersonProfile, type PersonProfile } from '../data/people';
import type { Deps } from './deps';
import { fail } from './app-error';

/** What the runtime knows before any lookup. */
export type Identity =
  | { source: 'host'; token: string | null }
  | { source: 'wechat'; openid: string };

export type Caller =
  | { kind: 'anonymous'; identity: Identity }
  | ({ kind: 'person'; identity: Identity } & PersonProfile);

export type PersonCaller = Extract<Caller, { kind: 'person' }>;

/**
 * Resolves the caller. A host token that is present but forged, altered or expired is an error for actions
 * that need a person (`strict`), and is ignored (anonymous) for public ones.
 */
export async function resolveCaller(identity: Identity, deps: Deps, strict: boolean): Promise<Caller> {
  let personId: number | null = null;
  if (identity.source === 'wechat') {
    personId = await findPersonIdByIdentity(deps.database.db, 'wechat', identity.openid);
  } else if (identity.token !== null) {
    personId = await deps.tokens.verify(identity.token);
    if (personId === null && strict) throw fail.unauthenticated('登录已过期或无效，请重新登录。');
  }
  if (personId === null) return { kind: 'anonymous', identity };
  const profile = await loadPersonProfile(deps.database.db, personId);
  if (!profile) {
    if (strict) throw fail.unauthenticated('找不到您的账号，请重新登录。');
    return { kind: 'anonymous', identity };
  }
  return { kind: 'person', identity, ...profile };
}
