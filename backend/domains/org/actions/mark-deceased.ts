// A secretary records that a member has passed away, with the date: the record and its history are kept, the
// person leaves the active roll, their sessions and open invitations end, and any pending transfer is withdrawn.
import { markDeceasedInput, type OrgApi } from '../../../../contracts/org';
import { chinaDateWords } from '../../../common/china-time';
import { SCOPES } from '../../../../contracts/roles';
import { profileIn } from '../../../data/roster';
import { revokeSessions } from '../../../data/people';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { detailFor } from './person-view';
import { requireBranchMember } from '../access';

export const markDeceased = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: markDeceasedInput,
    limit: { points: 30, seconds: 600 },
  },
  async function markDeceased(input, ctx): Promise<OrgApi['markDeceased']['output']> {
    const db = ctx.deps.database.db;
    const profile = await requireBranchMember(db, ctx.caller, input.personId, 'managed');
    const name = profile.person.name;
    if (profile.person.id === ctx.caller.person.id) throw fail.validation('不能给自己登记这件事。');
    if (profile.person.status === 'deceased') throw fail.conflict(`${name}同志已经登记为已故了。`);
    const now = ctx.deps.now();
    if (input.on > now.toISOString().slice(0, 10) || input.on < '1990-01-01')
      throw fail.validation('去世日期不对，请核对后再填。');
    const at = now.toISOString();
    return ctx.transaction(async (trx, audit) => {
      await trx
        .updateTable('people')
        .set({ status: 'deceased', status_on: input.on, updated_at: at })
        .where('id', '=', profile.person.id)
        .execute();
      await revokeSessions(trx, profile.person.id, at);
      await trx
        .updateTable('invitations')
        .set({ revoked_at: at })
        .where('person_id', '=', profile.person.id)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .execute();
      await trx
        .updateTable('org_transfers')
        .set({ status: 'cancelled', decided_by: ctx.caller.person.id, decided_at: at })
        .where('person_id', '=', profile.person.id)
        .where('status', '=', 'pending')
        .execute();
      await audit({
        entity: 'person',
        entityId: profile.person.id,
        before: { status: profile.person.status },
        after: { status: 'deceased', statusOn: input.on },
      });
      const detail = (
        await detailFor(
          trx,
          { id: ctx.caller.person.id, grants: ctx.caller.grants },
          (await profileIn(trx, profile.person.id))!,
        )
      ).person;
      return {
        person: detail,
        message: `已经登记${name}同志于${chinaDateWords(input.on)}去世。他的档案和学习、服务记录都保留着。`,
      };
    });
  },
);
