// One person as a viewer may see them: the phone in full only for the member themself, their own branch's
// secretary or an admin above (backend/rules/phone-visibility.ts); whether the viewer may edit the record; a transfer
// still waiting, and whether this viewer may withdraw it.
import type { Kysely, Transaction } from 'kysely';
import type { PersonDetail } from '../../../../contracts/org';
import type { PersonProfile } from '../../../data/people';
import type { Schema } from '../../../data/schema';
import type { ScopedGrant } from '../../../rules/org-scope';
import { phoneFor } from '../../../rules/phone-visibility';
import { mayEditPerson, mayWithdrawTransfer } from '../access';
import { pendingTransferOf } from './transfer-view';

/** The detail and whether a full number of someone else was shown (to be audited). */
export async function detailFor(
  db: Kysely<Schema> | Transaction<Schema>,
  viewer: { id: number; grants: readonly ScopedGrant[] },
  profile: PersonProfile,
): Promise<{ person: PersonDetail; fullPhoneOfOther: boolean }> {
  const p = profile.person;
  const self = p.id === viewer.id;
  const shown = self
    ? { phone: p.phone, full: p.phone !== null }
    : phoneFor(viewer.grants, profile.orgUnit.path, p.phone);
  const unitIds = [...new Set(profile.grants.map((g) => g.orgUnitId))];
  const units =
    unitIds.length === 0
      ? []
      : await db.selectFrom('org_units').select(['id', 'name']).where('id', 'in', unitIds).execute();
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const viewerActor = { personId: viewer.id, grants: viewer.grants };
  const pending = p.status === 'active' ? await pendingTransferOf(db, p.id) : null;
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
      roles: profile.grants.map((g) => ({
        role: g.role,
        orgUnitId: g.orgUnitId,
        orgUnitName: unitName.get(g.orgUnitId) ?? '',
      })),
      editable: mayEditPerson(viewerActor, profile),
      pendingTransfer: pending && {
        id: pending.id,
        toOrgUnitName: pending.toOrgUnitName,
        createdAt: pending.createdAt,
        withdrawable: mayWithdrawTransfer(viewerActor, profile, pending.requestedBy),
      },
    },
    fullPhoneOfOther: !self && shown.full,
  };
}
