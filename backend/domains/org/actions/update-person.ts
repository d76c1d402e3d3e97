// A member corrects their own profile; a secretary or admin edits a member of a branch they manage. A phone
// already on someone else's record is refused, since import and sign-in match people by it.
import { updatePersonInput, type OrgApi } from '../../../../contracts/org';
import { profileIn } from '../../../data/roster';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { detailFor } from './person-view';
import { changedColumns, profileColumns } from './profile-changes';
import { requireBranchMember } from '../access';

export const updatePerson = action(
  {
    access: 'person',
    input: updatePersonInput,
    limit: { points: 60, seconds: 60 },
  },
  async function updatePerson(input, ctx): Promise<OrgApi['updatePerson']['output']> {
    const db = ctx.deps.database.db;
    const { personId, ...fields } = input;
    const profile = await requireBranchMember(db, ctx.caller, personId, 'allowed');
    if (profile.person.status === 'deceased')
      throw fail.conflict(`${profile.person.name}同志已故，档案只保留，不再修改。`);
    if (fields.phone) {
      const other = await db
        .selectFrom('people')
        .select('id')
        .where('phone', '=', fields.phone)
        .where('id', '!=', personId)
        .executeTakeFirst();
      if (other) throw fail.conflict('这个手机号已经登记在另一位党员名下了，请核对后再填。');
    }
    const set = profileColumns(fields);
    const diff = changedColumns(profile.person, set);
    const viewer = { id: ctx.caller.person.id, grants: ctx.caller.grants };
    if (Object.keys(diff.after).length === 0) return { person: (await detailFor(db, viewer, profile)).person };
    return ctx.transaction(async (trx, audit) => {
      await trx
        .updateTable('people')
        .set({ ...set, updated_at: ctx.deps.now().toISOString() })
        .where('id', '=', personId)
        .execute();
      await audit({ entity: 'person', entityId: personId, before: diff.before, after: diff.after });
      return { person: (await detailFor(trx, viewer, (await profileIn(trx, personId))!)).person };
    });
  },
);
