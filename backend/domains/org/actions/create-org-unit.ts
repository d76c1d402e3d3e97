// An admin adds a unit under one in their subtree: 区 under 市, 街道 under 区 … 支部 under 社区, never under a closed one.
import { createOrgUnitInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { findOrgUnit } from '../../../data/org-units';
import { unitView } from '../queries/org';
import { childPath } from '../../../common/org-paths';
import { createProblem } from '../rules/tree';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireAdminUnit } from '../access';

export const createOrgUnit = action(
  {
    access: { roles: SCOPES.manageOrg },
    input: createOrgUnitInput,
    limit: { points: 120, seconds: 600 },
  },
  async function createOrgUnit(input, ctx): Promise<OrgApi['createOrgUnit']['output']> {
    const db = ctx.deps.database.db;
    const parent = await requireAdminUnit(db, ctx.caller, input.parentId, {
      notFound: '没有找到上级单位。',
      forbidden: '上级单位不在您的管理范围内，不能在那里新建单位。',
    });
    const problem = createProblem(parent, input.level);
    if (problem) throw fail.validation(problem);
    const sibling = await db
      .selectFrom('org_units')
      .select('id')
      .where('parent_id', '=', parent.id)
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (sibling) throw fail.conflict(`“${parent.name}”下面已经有一个叫“${input.name}”的单位了。`);
    if (
      input.code !== undefined &&
      (await db.selectFrom('org_units').select('id').where('code', '=', input.code).executeTakeFirst())
    ) {
      throw fail.conflict(`单位编号 ${input.code} 已经被别的单位用了，请换一个。`);
    }
    const at = ctx.deps.now().toISOString();
    return ctx.transaction(async (trx, audit) => {
      const created = await trx
        .insertInto('org_units')
        .values({
          name: input.name,
          level: input.level,
          parent_id: parent.id,
          path: '/',
          code: input.code ?? null,
          closed_at: null,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const path = childPath(parent.path, created.id);
      await trx.updateTable('org_units').set({ path }).where('id', '=', created.id).execute();
      await audit({
        entity: 'org_unit',
        entityId: created.id,
        after: { name: input.name, level: input.level, parentId: parent.id, path, code: input.code ?? null },
      });
      return { unit: await unitView(trx, (await findOrgUnit(trx, created.id))!) };
    });
  },
);
