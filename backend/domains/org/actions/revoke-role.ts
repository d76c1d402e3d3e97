// An admin takes back a role granted inside their subtree. The city's last admin is never revoked: someone must
// always be able to manage the city. The person's earlier sessions end.
import { revokeRoleInput, type OrgApi } from '../../../../contracts/org';
import { ROLE_NAMES, SCOPES } from '../../../../contracts/roles';
import { cityUnit } from '../queries/org';
import { isLastCityAdmin, mayGrant } from '../rules/tree';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireAdminUnit, requireRoleHolder } from '../access';

export const revokeRole = action(
  {
    access: { roles: SCOPES.manageOrg },
    input: revokeRoleInput,
    limit: { points: 60, seconds: 600 },
  },
  async function revokeRole(input, ctx): Promise<OrgApi['revokeRole']['output']> {
    const db = ctx.deps.database.db;
    const unit = await requireAdminUnit(db, ctx.caller, input.orgUnitId, {
      forbidden: '这个单位不在您的管理范围内，不能在那里免去职务。',
    });
    if (!mayGrant(ctx.caller.grants, unit.path))
      throw fail.forbidden('这个单位不在您的管理范围内，不能在那里免去职务。');
    const { person } = await requireRoleHolder(db, ctx.caller, input.personId, {
      notFound: '没有找到这位同志。',
      outsideScope: '这位同志不在您的管理范围内，不能由您免去职务。',
      widerRole: '这位同志在您管理的范围以外还担任职务，或者职务比您高，不能由您免去职务。请联系上级管理员。',
    });
    const roleName = ROLE_NAMES[input.role];
    const at = ctx.deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      const grant = await trx
        .selectFrom('role_grants')
        .select('id')
        .where('person_id', '=', person.id)
        .where('role', '=', input.role)
        .where('org_unit_id', '=', unit.id)
        .executeTakeFirst();
      if (!grant) throw fail.notFound(`${person.name}同志不是“${unit.name}”的${roleName}。`);
      const city = await cityUnit(trx);
      const cityAdmins = await trx
        .selectFrom('role_grants')
        .select('id')
        .where('role', '=', 'admin')
        .where('org_unit_id', '=', city.id)
        .execute();
      if (isLastCityAdmin({ role: input.role, orgUnitId: unit.id }, city.id, cityAdmins.length)) {
        throw fail.conflict(`${person.name}同志是全市唯一的管理员，不能免去。请先任命另一位全市管理员。`);
      }
      await trx.deleteFrom('role_grants').where('id', '=', grant.id).execute();
      await trx
        .updateTable('people')
        .set((eb) => ({ session_version: eb('session_version', '+', 1), updated_at: at }))
        .where('id', '=', person.id)
        .execute();
      await audit({
        entity: 'role_grant',
        entityId: `${person.id}:${input.role}:${unit.id}`,
        before: { personId: person.id, role: input.role, orgUnitId: unit.id },
      });
      return { message: `已经免去${person.name}同志“${unit.name}”${roleName}的职务。` };
    });
  },
);
