// The manager's list: the requests of her subtree (or one unit's subtree in it), newest first.
import { SCOPES } from '../../../../contracts/roles';
import { requestsInput, type TalentApi } from '../../../../contracts/talent';
import { inCallerScope } from '../../../access/unit-scope';
import { inSubtrees } from '../../../data/org-units';
import { action } from '../../../runtime/define-function';
import { requireTalentUnit } from '../access';
import { fieldNames, requestsQuery } from '../queries/talent';
import { requestView } from './views';

const LISTED = 200;

export const requests = action(
  { access: { roles: SCOPES.manageTalent }, input: requestsInput },
  async function requests(input, { deps, caller }): Promise<TalentApi['requests']['output']> {
    const db = deps.database.db;
    let q = requestsQuery(db).where(inCallerScope(caller, 'manageTalent', 'org_units.path'));
    if (input.orgUnitId !== undefined) {
      const unit = await requireTalentUnit(db, caller, input.orgUnitId);
      q = q.where(inSubtrees('org_units.path', [unit.path]));
    }
    const rows = await q
      .orderBy('talent_requests.created_at', 'desc')
      .orderBy('talent_requests.id', 'desc')
      .limit(LISTED)
      .execute();
    const now = deps.now();
    return { requests: rows.map((r) => requestView(r, now)), fields: await fieldNames(db) };
  },
);
