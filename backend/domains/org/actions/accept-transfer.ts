// The receiving branch's secretary (or an admin above it) accepts a transfer: the member's home branch and member
// role move in one transaction; their records (study, service) stay with them, since those hang on the person.
import { acceptTransferInput, type OrgApi } from '../../../../contracts/org';
import { HOME_ROLES, SCOPES, type Role } from '../../../../contracts/roles';
import { notify } from '../../../data/messages';
import { moveMemberGrant } from '../../../data/roster';
import { loadPersonProfile } from '../../../data/people';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { transferById, viewOf } from './transfer-view';
import { receivesAt, requireReceivable } from '../access';

export const acceptTransfer = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: acceptTransferInput,
    limit: { points: 60, seconds: 600 },
  },
  async function acceptTransfer(input, ctx): Promise<OrgApi['acceptTransfer']['output']> {
    const db = ctx.deps.database.db;
    const found = await transferById(db, input.transferId);
    if (!found) throw fail.notFound('没有找到这个转接。');
    if (!receivesAt(ctx.caller, found.toPath)) throw fail.forbidden('这个转接要由转入支部的书记接收，您不能替他接收。');
    if (found.status !== 'pending') throw fail.conflict(`${found.personName}同志的这个转接已经处理过了。`);
    // Accepting moves a person: as they will be after the move (home, member and volunteer roles in the receiving
    // branch), every role they hold must lie within the acceptor's reach, so no one accepts a person with a wider role.
    const arriving = await loadPersonProfile(db, found.personId);
    if (!arriving) throw fail.notFound('没有找到这个转接。');
    const moves = (g: { role: Role; orgUnitId: number }) =>
      HOME_ROLES.includes(g.role) && g.orgUnitId === arriving.orgUnit.id;
    requireReceivable(
      ctx.caller,
      {
        homePath: found.toPath,
        grants: arriving.grants.map((g) =>
          moves(g) ? { ...g, orgUnitId: found.toOrgUnitId, orgPath: found.toPath } : g,
        ),
      },
      {
        widerRole: `${found.personName}同志在您管理的范围以外还担任职务，或者职务比您高，这个转接要由上级管理员接收。`,
      },
    );
    const at = ctx.deps.now();
    return ctx.transaction(async (trx, audit) => {
      const row = await trx
        .selectFrom('org_transfers')
        .selectAll()
        .where('id', '=', found.id)
        .executeTakeFirstOrThrow();
      const to = await trx
        .selectFrom('org_units')
        .select(['closed_at', 'name'])
        .where('id', '=', row.to_org_unit_id)
        .executeTakeFirstOrThrow();
      if (to.closed_at !== null) throw fail.conflict(`“${to.name}”已经撤销，不能再转入党员。`);
      const flipped = await trx
        .updateTable('org_transfers')
        .set({ status: 'accepted', decided_by: ctx.caller.person.id, decided_at: at.toISOString() })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      if (Number(flipped.numUpdatedRows) !== 1)
        throw new AppError('CONFLICT', `${found.personName}同志的这个转接已经处理过了。`);
      const person = await trx
        .selectFrom('people')
        .select(['org_unit_id', 'status'])
        .where('id', '=', row.person_id)
        .executeTakeFirstOrThrow();
      if (person.status !== 'active' || person.org_unit_id !== row.from_org_unit_id)
        throw fail.conflict(`${found.personName}同志的情况已经变了，这个转接不能再接收。`);
      await trx
        .updateTable('people')
        .set((eb) => ({
          org_unit_id: row.to_org_unit_id,
          session_version: eb('session_version', '+', 1),
          updated_at: at.toISOString(),
        }))
        .where('id', '=', row.person_id)
        .execute();
      await moveMemberGrant(trx, row.person_id, row.from_org_unit_id, row.to_org_unit_id);
      await audit({
        entity: 'org_transfer',
        entityId: row.id,
        before: { status: 'pending' },
        after: { status: 'accepted' },
      });
      await audit({
        entity: 'person',
        entityId: row.person_id,
        before: { orgUnitId: row.from_org_unit_id },
        after: { orgUnitId: row.to_org_unit_id },
      });
      await notify(
        trx,
        row.person_id,
        { kind: 'transfer_accepted', text: `您的组织关系已经转入${to.name}。`, link: null },
        at,
      );
      const view = viewOf((await transferById(trx, row.id))!);
      return { transfer: view, message: `${found.personName}同志已经转入“${to.name}”。` };
    });
  },
);
