// The pool's members in a subtree the manager reaches (person policy: inPersonReach), with consent and health.
import { SCOPES } from '../../../../contracts/roles';
import { membersInput, type TalentApi } from '../../../../contracts/talent';
import { inPersonReach } from '../../../access/person-access';
import { inSubtrees } from '../../../data/org-units';
import { action } from '../../../runtime/define-function';
import { requireTalentUnit } from '../access';
import { communityNames, profilesQuery } from '../queries/talent';
import { profileView } from './views';

const LISTED = 500;

export const members = action(
  { access: { roles: SCOPES.manageTalent }, input: membersInput },
  async function members({ orgUnitId }, { deps, caller }): Promise<TalentApi['members']['output']> {
    const db = deps.database.db;
    const unit = await requireTalentUnit(db, caller, orgUnitId);
    const rows = await profilesQuery(db)
      .where(inSubtrees('org_units.path', [unit.path]))
      .where(inPersonReach(caller, 'manageTalent', { id: 'people.id', homePath: 'org_units.path' }))
      .orderBy('talent_profiles.field')
      .orderBy('talent_profiles.person_id')
      .limit(LISTED)
      .execute();
    const communities = await communityNames(
      db,
      rows.map((r) => r.path),
    );
    const now = deps.now();
    return { members: rows.map((r) => profileView(r, communities.get(r.path) ?? null, now, true)) };
  },
);
