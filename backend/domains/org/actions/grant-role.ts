// An admin grants a role on a unit inside their own subtree (never above it) to a person whose home is inside it
// too. The person's earlier sessions end, so every device picks up the new role.
import { grantRoleInput, type OrgApi } from '../../../../contracts/org';
import { ROLE_NAMES, SCOPES } from '../../../../contracts/roles';
import { grantRole as addGrant } from '../../../data/people';
import { grantLevelProblem, mayGrant } from '../rules/tree';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireAdminUnit, requireRoleHolder } from '../access';

export const grantRole = action(
  {
    access: { roles: SCOPES.manageOrg },
    input: grantRoleInput,
    limit: { points: 60, seconds: 600 },
  },
  async function grantRole(input, ctx): Promise<OrgApi['grantRole']['output']> {
    const db = ctx.deps.database.db;
    const unit = await requireAdminUnit(db, ctx.caller, input.orgUnitId, {
      forbidden: '这个单位不在您的管理范围内，不能在那里任命。',
    });
    if (!mayGrant(ctx.caller.grants, unit.path)) throw fail.forbidden('这个单位不在您的管理范围内，不能在那里任命。');
    const problem = grantLevelProblem(input.role, unit);
    if (problem) throw fail.validation(problem);
    const profile = await requireRoleHolder(db, ctx.caller, input.personId, {
      outsideScope: '这位同志不在您的管理范围内，不能由您任命。',
      widerRole: '这位同志在您管理的范围以外还担任职务，或者职务比您高，不能由您任命。请联系上级管理员。',
    });
    if (profile.person.status !== 'active') throw fail.conflict(`${profile.person.name}同志已不在册，不能任命。`);
    const name = profile.person.name;
    const roleName = ROLE_NAMES[input.role];
    if (profile.grants.some((g) => g.role === input.role && g.orgUnitId === unit.id))
      throw fail.conflict(`${name}同志已经是“${unit.name}”的${roleName}了。`);
    const at = ctx.deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      await addGrant(trx, { personId: profile.person.id, role: input.role, orgUnitId: unit.id, at });
      await audit({
        entity: 'role_grant',
        entityId: `${profile.person.id}:${input.role}:${unit.id}`,
        after: { personId: profile.person.id, role: input.role, orgUnitId: unit.id },
      });
      return { message: `已经任命${name}同志为“${unit.name}”的${roleName}。他需要重新登录一次。` };
    });
  },
);
