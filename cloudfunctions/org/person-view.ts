// One person as a viewer may see them: the phone in full only for the member themself, their own branch's
// secretary or an admin above (backend/rules/phone-visibility.ts); whether the viewer may edit the record.
import type { Kysely, Transaction } from 'kysely';
import type { PersonDetail } from '../../contracts/org';
import { SCOPES } from '../../contracts/roles';
import { loadPersonProfile, type PersonProfile } from '../../backend/data/people';
import type { Schema } from '../../backend/data/schema';
import { canActOn, type ScopedGrant } from '../../backend/rules/org-scope';
import { phoneFor } from '../../backend/rules/phone-visibility';
import { fail } from '../../backend/runtime/app-error';
import type { PersonCaller } from '../../backend/runtime/caller';

export const NOT_YOURS = '这位党员不在您管理的支部里，您不能查看或修改他的信息。';

/** The person, when the caller is them or manages their branch; else NOT_FOUND or FORBIDDEN. */
export async function requirePersonInReach(db: Kysely<Schema>, caller: PersonCaller, personId: number): Promise<PersonProfile> {
  const profile = await loadPersonProfile(db, personId);
  if (!profile) throw fail.notFound('没有找到这位党员。');
  if (profile.person.id !== caller.person.id && !canActOn(caller.grants, SCOPES.manageBranch, profile.orgUnit.path)) throw fail.forbidden(NOT_YOURS);
  return profile;
}

/** The person, when the caller manages their branch (not merely is them). */
export async function requirePersonManaged(db: Kysely<Schema>, caller: PersonCaller, personId: number): Promise<PersonProfile> {
  const profile = await loadPersonProfile(db, personId);
  if (!profile) throw fail.notFound('没有找到这位党员。');
  if (!canActOn(caller.grants, SCOPES.manageBranch, profile.orgUnit.path)) throw fail.forbidden(NOT_YOURS);
  return profile;
}

/** The detail and whether a full number of someone else was shown (to be audited). */
export async function detailFor(db: Kysely<Schema> | Transaction<Schema>, viewer: { id: number; grants: readonly ScopedGrant[] }, profile: PersonProfile): Promise<{ person: PersonDetail; fullPhoneOfOther: boolean }> {
  const p = profile.person;
  const self = p.id === viewer.id;
  const shown = self ? { phone: p.phone, full: p.phone !== null } : phoneFor(viewer.grants, profile.orgUnit.path, p.phone);
  const unitIds = [...new Set(profile.grants.map((g) => g.orgUnitId))];
  const units = unitIds.length === 0 ? [] : await db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', unitIds).execute();
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  return {
    person: {
      id: p.id,
      name: p.name,
      phone: shown.phone,
      orgUnitId: profile.orgUnit.id,
      orgUnitName: profile.orgUnit.name,
      status: p.status,
      gender: p.gender,
      birthYear: p.birth_year,
      joinedPartyOn: p.joined_party_on,
      formerPost: p.former_post,
      skills: p.skills,
      statusOn: p.status_on,
      roles: profile.grants.map((g) => ({ role: g.role, orgUnitId: g.orgUnitId, orgUnitName: unitName.get(g.orgUnitId) ?? '' })),
      editable: self || canActOn(viewer.grants, SCOPES.manageBranch, profile.orgUnit.path),
    },
    fullPhoneOfOther: !self && shown.full,
  };
}
