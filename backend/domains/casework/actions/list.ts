// The cases of the studios the caller works at or oversees (one studio when named; only the open ones when asked),
// with masked names and no phones: open cases oldest 受理 first (the 20/30-day flags on top), then the closed.
import { listInput, type CaseworkApi } from '../../../../contracts/casework';
import { SCOPES } from '../../../../contracts/roles';
import { inCallerScope } from '../../../access/unit-scope';
import { action } from '../../../runtime/define-function';
import { requireStudioReader } from '../access';
import { staffStudioIds } from '../queries/casework';
import { caseSummaries } from '../queries/case-lists';

/** A list is for working on, not for browsing a city's history: the newest closed ones after every open one. */
const CLOSED_LISTED = 100;

export const list = action(
  { access: 'person', input: listInput },
  async function list({ studioId, open }, { deps, caller }): Promise<CaseworkApi['list']['output']> {
    const db = deps.database.db;
    if (studioId !== undefined) await requireStudioReader(db, caller, studioId);
    const mine = await staffStudioIds(db, caller.person.id);
    const base = db
      .selectFrom('casework_cases')
      .innerJoin('casework_studios', 'casework_studios.id', 'casework_cases.studio_id')
      .innerJoin('org_units', 'org_units.id', 'casework_studios.org_unit_id')
      .selectAll('casework_cases')
      .select('casework_studios.name as studio_name')
      .where((eb) =>
        eb.or([
          ...(mine.length > 0 ? [eb('casework_cases.studio_id', 'in', mine)] : []),
          inCallerScope(caller, SCOPES.superviseCasework),
        ]),
      )
      .$if(studioId !== undefined, (q) => q.where('casework_cases.studio_id', '=', studioId!));
    const openRows = await base
      .where('casework_cases.status', '=', 'open')
      .orderBy('casework_cases.accepted_at')
      .orderBy('casework_cases.id')
      .execute();
    const closedRows =
      open === true
        ? []
        : await base
            .where('casework_cases.status', '=', 'closed')
            .orderBy('casework_cases.closed_at', 'desc')
            .orderBy('casework_cases.id', 'desc')
            .limit(CLOSED_LISTED)
            .execute();
    if (open === false) return { cases: await caseSummaries(db, closedRows, deps.now()) };
    return { cases: await caseSummaries(db, [...openRows, ...closedRows], deps.now()) };
  },
);
