// A secretary adds a member to a branch they manage, by hand (the invitation follows on the roster). A closed
// branch takes no one; a phone already on record is refused.
import { addPersonInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { grantRole } from '../../../data/people';
import { profileIn } from '../../../data/roster';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { detailFor } from './person-view';
import { profileColumns } from './profile-changes';
import { requireBranchUnit } from '../access';

export const addPerson = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: addPersonInput,
    limit: { points: 120, seconds: 600 },
  },
  async function addPerson(input, ctx): Promise<OrgApi['addPerson']['output']> {
    const db = ctx.deps.database.db;
    const { orgUnitId, ...fields } = input;
    const unit = await requireBranchUnit(db, ctx.caller, orgUnitId, {
      notFound: '没有找到这个支部。',
      forbidden: '这个支部不在您的管理范围内，不能在这里添加党员。',
    });
    if (unit.level !== 'branch') throw fail.validation('党员要加入一个支部，请选择具体的支部。');
    if (unit.closed_at !== null) throw fail.conflict(`“${unit.name}”已经撤销，不能再添加党员。`);
    if (fields.phone) {
      const other = await db.selectFrom('people').select('id').where('phone', '=', fields.phone).executeTakeFirst();
      if (other) throw fail.conflict('这个手机号已经登记在另一位党员名下了，请核对后再填。');
    }
    const at = ctx.deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      const created = await trx
        .insertInto('people')
        .values({
          ...profileColumns(fields),
          name: fields.name,
          handle: null,
          org_unit_id: unit.id,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await grantRole(trx, { personId: created.id, role: 'member', orgUnitId: unit.id, at });
      await audit({ entity: 'person', entityId: created.id, after: { orgUnitId: unit.id, added: true } });
      return {
        person: (
          await detailFor(
            trx,
            { id: ctx.caller.person.id, grants: ctx.caller.grants },
            (await profileIn(trx, created.id))!,
          )
        ).person,
      };
    });
  },
);
