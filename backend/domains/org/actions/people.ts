// The roster: people the caller may act on (a secretary their branch, an admin their subtree; never someone whose
// roles reach beyond the caller's: backend/access/person-access.ts), under one unit and matching a search that
// forgives (name, pinyin, initials, phone digits the viewer is shown). Phones are masked unless the viewer may see
// them; when any number is shown in full, or the search used digits only full numbers show, the view is audited.
import { peopleInput, type OrgApi } from '../../../../contracts/org';
import { SCOPES } from '../../../../contracts/roles';
import { listPeople, toRosterPerson } from '../../../data/roster';
import { phoneFor, phoneSearchProblem, SHOWN_TAIL_DIGITS } from '../../../rules/phone-visibility';
import { phoneDigitsOf } from '../../../rules/roster-search';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { inRosterReach, requireRosterUnit, rosterPhoneMatches } from '../access';

export const people = action(
  {
    access: { roles: SCOPES.viewRoster },
    input: peopleInput,
    limit: { points: 300, seconds: 60 },
  },
  async function people(input, ctx): Promise<OrgApi['people']['output']> {
    const db = ctx.deps.database.db;
    const digits = input.query === undefined ? null : phoneDigitsOf(input.query);
    const problem = digits === null ? null : phoneSearchProblem(ctx.caller.grants, digits);
    if (problem) throw fail.forbidden(problem);
    const under =
      input.orgUnitId === undefined
        ? undefined
        : await requireRosterUnit(db, ctx.caller, input.orgUnitId, {
            forbidden: '这个支部不在您的管理范围内，不能查看它的名单。',
          });
    const found = await listPeople(db, {
      scope: inRosterReach(ctx.caller),
      underPath: under?.path,
      query: input.query,
      phoneMatch: digits === null ? undefined : rosterPhoneMatches(ctx.caller, digits),
      status: input.status ?? 'active',
      limit: input.limit ?? 50,
    });
    const full: number[] = [];
    const list = found.people.map((p) => {
      const shown = phoneFor(ctx.caller.grants, p.orgUnitPath, p.phone);
      if (shown.full && p.id !== ctx.caller.person.id) full.push(p.id);
      return toRosterPerson(p, shown.phone);
    });
    const answer = { people: list, more: found.more, total: found.total };
    // Digits beyond the shown tail search full numbers: even a search that finds no one says whether a number is on record.
    const byHiddenDigits = digits !== null && digits.length > SHOWN_TAIL_DIGITS;
    if (full.length === 0 && !byHiddenDigits) return answer;
    return ctx.transaction(async (_trx, audit) => {
      await audit({
        entity: 'phone_view',
        entityId: null,
        after: {
          personIds: full,
          orgUnitId: input.orgUnitId ?? null,
          searched: input.query !== undefined,
          byPhoneDigits: byHiddenDigits,
        },
      });
      return answer;
    });
  },
);
