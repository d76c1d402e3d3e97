// Open branches anywhere in the city whose name holds the words typed, for choosing where a member transfers to
// (the receiving secretary accepts, so a secretary may name a branch outside their own scope). Names only.
import { branchChoicesInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { likeContains } from '../../../data/like';
import { fullNameOf, namesOnPaths } from '../queries/org';
import { action } from '../../../runtime/define-function';
import { sql } from 'kysely';

export const branchChoices = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: branchChoicesInput,
    limit: { points: 120, seconds: 60 },
  },
  async function branchChoices(input, ctx): Promise<OrgApi['branchChoices']['output']> {
    const db = ctx.deps.database.db;
    let q = db
      .selectFrom('org_units')
      .select(['id', 'name', 'path'])
      .where('level', '=', 'branch')
      .where('closed_at', 'is', null);
    if (input.query !== undefined) q = q.where(sql<boolean>`name like ${likeContains(input.query)} escape '\\'`);
    const rows = await q.orderBy('id').limit(30).execute();
    const names = await namesOnPaths(
      db,
      rows.map((r) => r.path),
    );
    return { branches: rows.map((r) => ({ id: r.id, name: r.name, fullName: fullNameOf(r.path, names) })) };
  },
);
