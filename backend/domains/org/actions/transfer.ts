// A secretary (or admin) asks to move a member of a branch they manage to another open branch. Nothing moves yet:
// the receiving branch's secretaries are told, and the move happens when one of them accepts.
import { transferInput, type OrgApi } from '../../../../contracts/org';
import { PAGES } from '../../../../contracts/pages';
import { SCOPES } from '../../../../contracts/roles';
import { notifyEach } from '../../../data/messages';
import { findOrgUnit } from '../../../data/org-units';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { transferById, viewOf } from './transfer-view';
import { requireBranchMember } from '../access';

export const transfer = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: transferInput,
    limit: { points: 60, seconds: 600 },
  },
  async function transfer(input, ctx): Promise<OrgApi['transfer']['output']> {
    const db = ctx.deps.database.db;
    const profile = await requireBranchMember(db, ctx.caller, input.personId, 'managed');
    const name = profile.person.name;
    if (profile.person.status !== 'active') throw fail.conflict(`${name}同志已不在册，不能转接。`);
    const to = await findOrgUnit(db, input.toOrgUnitId);
    if (!to) throw fail.notFound('没有找到要转入的支部。');
    if (to.level !== 'branch') throw fail.validation('党员要转到一个具体的支部，请选择支部。');
    if (to.closed_at !== null) throw fail.conflict(`“${to.name}”已经撤销，不能再转入党员。`);
    if (to.id === profile.orgUnit.id) throw fail.validation(`${name}同志已经在“${to.name}”了。`);
    const open = await db
      .selectFrom('org_transfers')
      .select('id')
      .where('person_id', '=', profile.person.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (open)
      throw fail.conflict(
        `${name}同志已经有一个还没接收的转接了，请等对方支部接收，或在${name}同志的档案里先撤回那一个。`,
      );
    const at = ctx.deps.now();
    return ctx.transaction(async (trx, audit) => {
      const created = await trx
        .insertInto('org_transfers')
        .values({
          person_id: profile.person.id,
          from_org_unit_id: profile.orgUnit.id,
          to_org_unit_id: to.id,
          requested_by: ctx.caller.person.id,
          status: 'pending',
          decided_by: null,
          decided_at: null,
          created_at: at.toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit({
        entity: 'org_transfer',
        entityId: created.id,
        after: { personId: profile.person.id, from: profile.orgUnit.id, to: to.id },
      });
      const receivers = await trx
        .selectFrom('role_grants')
        .select('person_id')
        .where('role', '=', 'secretary')
        .where('org_unit_id', '=', to.id)
        .execute();
      if (receivers.length > 0) {
        await notifyEach(
          trx,
          receivers.map((r) => r.person_id),
          {
            kind: 'transfer_requested',
            text: `${profile.orgUnit.name}的${name}同志要转入您的支部，请接收。`,
            link: { page: PAGES.org.transfers, params: {} },
          },
          at,
        );
      }
      const view = viewOf((await transferById(trx, created.id))!);
      return { transfer: view, message: `已经发出转接。等“${to.name}”的书记接收后，${name}同志才会转过去。` };
    });
  },
);
