// Who is calling: resolved from the trusted identity the runtime hands us (WeChat OPENID or a verified host
// token), never from anything in the request body.
import type { Database } from '../data/database';
import { findPersonIdByIdentity, loadPersonProfile, loadPersonProfiles, type PersonProfile } from '../data/people';
import type { Deps } from './deps';
import { fail } from './app-error';
import { freezeDeep } from './freeze-deep';
import { batchedByTurn } from './turn-batch';

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
  const profile = await profileOf(deps.database, personId);
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

/** Profiles kept per person, at most this many per database. */
const KEPT_PROFILES = 10_000;

interface KeptProfile {
  /** The database's change mark read before the profile was: the profile holds while the mark does. */
  mark: number;
  profile: PersonProfile | null;
}

const keptProfiles = new WeakMap<Database, Map<number, KeptProfile>>();

/**
 * The person's profile (with the session version a token is checked against), loaded on every signed-in call. On
 * SQLite it is kept until the database's change mark moves — any write at all by this host, or another process's
 * commit (database.ts) — so a revoked session, a new role or new preferences are seen on the very next call, while
 * a stream of reads (account.me) pays no query. On PostgreSQL other hosts write unseen: every call reads, with the
 * other calls of its turn (profileWithOthers).
 */
async function profileOf(database: Database, personId: number): Promise<PersonProfile | null> {
  const mark = database.changeMark?.();
  if (mark === undefined) return profileWithOthers(database, personId);
  let kept = keptProfiles.get(database);
  if (!kept) {
    kept = new Map();
    keptProfiles.set(database, kept);
  }
  const hit = kept.get(personId);
  if (hit !== undefined && hit.mark === mark) return hit.profile;
  // The mark was read before the query: a write that lands while it runs moves the mark, so this entry is not reused.
  const profile = await loadPersonProfile(database.db, personId);
  if (profile) freezeDeep(profile);
  kept.delete(personId);
  if (kept.size >= KEPT_PROFILES) kept.delete(kept.keys().next().value as number);
  kept.set(personId, { mark, profile });
  return profile;
}

/** Each database's batch of the profiles asked for in one turn of the event loop (turn-batch.ts). */
const profilesByTurn = new WeakMap<Database, (personId: number) => Promise<PersonProfile | null>>();

/**
 * On PostgreSQL every call reads its caller's profile, a round trip each, and in a rush hundreds arrive at once: the
 * calls of one turn of the event loop share one query (batchedByTurn), so each still reads its profile as of after
 * its arrival.
 */
function profileWithOthers(database: Database, personId: number): Promise<PersonProfile | null> {
  let ask = profilesByTurn.get(database);
  if (!ask) {
    ask = batchedByTurn<number, PersonProfile | null>((asks) => {
      loadPersonProfiles(database.db, [...new Set(asks.map((a) => a.item))]).then(
        (found) =>
          asks.forEach((a) => {
            const profile = found.get(a.item) ?? null;
            // Two calls of one person in a turn share the profile: neither may change it for the other.
            a.answer(profile && freezeDeep(profile));
          }),
        (err: unknown) => asks.forEach((a) => a.fail(err)),
      );
    });
    profilesByTurn.set(database, ask);
  }
  return ask(personId);
}
