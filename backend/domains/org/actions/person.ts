// One person's record: the member themself, or the secretary or admin who manages their branch. Seeing another
// person's full number is audited.
import { personInput, type OrgApi } from '../../../../contracts/org';
import { action } from '../../../runtime/define-function';
import { detailFor } from './person-view';
import { requireBranchMember } from '../access';

export const person = action(
  {
    access: 'person',
    input: personInput,
    limit: { points: 300, seconds: 60 },
  },
  async function person(input, ctx): Promise<OrgApi['person']['output']> {
    const db = ctx.deps.database.db;
    const profile = await requireBranchMember(db, ctx.caller, input.personId, 'allowed');
    const { person: detail, fullPhoneOfOther } = await detailFor(
      db,
      { id: ctx.caller.person.id, grants: ctx.caller.grants },
      profile,
    );
    const answer = { person: detail };
    if (!fullPhoneOfOther) return answer;
    // The answer comes out of the transaction that audits it: a resent call is answered the same.
    return ctx.transaction(async (_trx, audit) => {
      await audit({ entity: 'phone_view', entityId: detail.id, after: { personIds: [detail.id] } });
      return answer;
    });
  },
);
