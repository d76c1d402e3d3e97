// The roster: people in the caller's scope (a secretary their branch, an admin their subtree), under one unit and
// matching a search that forgives (name, pinyin, initials, part of a phone). Phones are masked unless the viewer
// may see them; when any number is shown in full, the view is audited with whose numbers they were.
import { peopleInput, type OrgApi } from '../../contracts/org';
import { SCOPES } from '../../contracts/roles';
import { inCallerScope, requireUnitInScope } from '../../backend/access/unit-scope';
import { listPeople, toRosterPerson } from '../../backend/data/roster';
import { phoneFor } from '../../backend/rules/phone-visibility';
import { action } from '../../backend/runtime/define-function';

export const people = action({
  access: { roles: SCOPES.viewRoster },
  input: peopleInput,
  limit: { points: 300, seconds: 60 },
  async run(input, ctx): Promise<OrgApi['people']['output']> {
    const db = ctx.deps.database.db;
    const under = input.orgUnitId === undefined ? undefined : await requireUnitInScope(db, ctx.caller, SCOPES.viewRoster, input.orgUnitId, { forbidden: '这个支部不在您的管理范围内，不能查看它的名单。' });
    const found = await listPeople(db, {
      scope: inCallerScope(ctx.caller, SCOPES.viewRoster, 'org_units.path'),
      underPath: under?.path,
      query: input.query,
      status: input.status ?? 'active',
      limit: input.limit ?? 50,
    });
    const full: number[] = [];
    const list = found.people.map((p) => {
      const shown = phoneFor(ctx.caller.grants, p.orgUnitPath, p.phone);
      if (shown.full && p.id !== ctx.caller.person.id) full.push(p.id);
      return toRosterPerson(p, shown.phone);
    });
    const answer = { people: list, more: found.more };
    if (full.length === 0) return answer;
    return ctx.transaction(async (_trx, audit) => {
      await audit({ entity: 'phone_view', entityId: null, after: { personIds: full, orgUnitId: input.orgUnitId ?? null, searched: input.query !== undefined } });
      return answer;
    });
  },
});
