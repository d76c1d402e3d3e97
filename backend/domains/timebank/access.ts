// Who may act on the time bank's things: for an elder, the elder, a linked relative (backend/access/family-links.ts)
// or a secretary whose subtree holds them (the person policy, backend/access/person-access.ts); a request's address
// only for those and the matched helper.
import type { Kysely } from 'kysely';
import { SCOPES } from '../../../contracts/roles';
import { isLinkedRelative } from '../../access/family-links';
import { reachOver, targetOf } from '../../access/person-access';
import { loadPersonProfile, type PersonProfile } from '../../data/people';
import type { Schema } from '../../data/schema';
import { canActOn } from '../../rules/org-scope';
import { fail } from '../../runtime/app-error';
import type { PersonCaller } from '../../runtime/caller';

export type ActingAs = 'self' | 'relative' | 'secretary';

/** How the caller may act for this person, or null when they may not. */
export async function actingFor(
  db: Kysely<Schema>,
  caller: PersonCaller,
  profile: PersonProfile,
): Promise<ActingAs | null> {
  if (profile.person.id === caller.person.id) return 'self';
  if (await isLinkedRelative(db, profile.person.id, caller.person.id)) return 'relative';
  if (reachOver(caller, 'manageBranch', targetOf(profile)) === 'ok') return 'secretary';
  return null;
}

/** The person and how the caller acts for them; NOT_FOUND or FORBIDDEN with the action's sentence. */
export async function requireActingFor(
  db: Kysely<Schema>,
  caller: PersonCaller,
  personId: number,
  refused: string,
): Promise<{ profile: PersonProfile; as: ActingAs }> {
  const profile = await loadPersonProfile(db, personId);
  if (!profile || profile.person.status !== 'active') throw fail.notFound('没有找到这位老人。');
  const as = await actingFor(db, caller, profile);
  if (!as) throw fail.forbidden(refused);
  return { profile, as };
}

/** Whether the caller manages (as secretary or admin above it) the unit at `path`. */
export const managesPath = (caller: PersonCaller, path: string) => canActOn(caller.grants, SCOPES.manageBranch, path);
