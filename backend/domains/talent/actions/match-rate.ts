// How many of a subtree's requests were matched within 5 working days (rules/working-days.ts).
import { SCOPES } from '../../../../contracts/roles';
import { matchRateInput, type TalentApi } from '../../../../contracts/talent';
import { action } from '../../../runtime/define-function';
import { requireTalentUnit } from '../access';
import { requestTimes } from '../queries/talent';
import { matchRateOf } from '../rules/working-days';
import { timingOf } from './views';

export const matchRate = action(
  { access: { roles: SCOPES.manageTalent }, input: matchRateInput },
  async function matchRate({ orgUnitId }, { deps, caller }): Promise<TalentApi['matchRate']['output']> {
    const db = deps.database.db;
    const unit = await requireTalentUnit(db, caller, orgUnitId);
    const now = deps.now();
    const rows = await requestTimes(db, unit.path, now.toISOString());
    return matchRateOf(rows.map((r) => timingOf(r, now)));
  },
);
