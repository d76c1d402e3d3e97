// 活动 tab: upcoming events the member may join (their audience covers the member's unit), soonest first, with
// seats left and the member's own status. Organisers ask for `managed`: the events they run, past ones too.
import { listEventsInput, type EventsApi } from '../../../../contracts/events';
import { SCOPES } from '../../../../contracts/roles';
import { ancestorPaths } from '../../../common/org-paths';
import { toSummary } from '../queries/events';
import { scopeRoots } from '../../../rules/org-scope';
import { action } from '../../../runtime/define-function';
import { mineOf } from '../queries/events';
import { inSubtrees } from '../../../data/org-units';

const MAX_LISTED = 100;

export const list = action(
  {
    access: 'person',
    input: listEventsInput,
  },
  async function list({ type, managed }, ctx): Promise<EventsApi['list']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const now = deps.now().toISOString();
    let q = db
      .selectFrom('events')
      .innerJoin('org_units', 'org_units.id', 'events.audience_org_unit_id')
      .selectAll('events')
      .select('org_units.name as audience_name');
    if (managed) {
      const roots = scopeRoots(caller.grants, SCOPES.manageBranch);
      if (roots.length === 0) return { events: [] };
      q = q.where(inSubtrees('events.audience_path', roots));
      q = q.orderBy('events.start_at', 'desc');
    } else {
      q = q
        .where('events.audience_path', 'in', ancestorPaths(caller.orgUnit.path))
        .where('events.end_at', '>', now)
        .where('events.cancelled_at', 'is', null)
        .orderBy('events.start_at');
    }
    if (type) q = q.where('events.type', '=', type);
    const rows = await q.orderBy('events.id').limit(MAX_LISTED).execute();
    const ids = rows.map((r) => r.id);
    const mine =
      ids.length === 0
        ? []
        : await db
            .selectFrom('enrolments')
            .selectAll()
            .where('person_id', '=', caller.person.id)
            .where('active', '=', 1)
            .where('event_id', 'in', ids)
            .execute();
    const byEvent = new Map(mine.map((m) => [m.event_id, m]));
    const events = [];
    for (const { audience_name, ...row } of rows)
      events.push({ ...toSummary(row, audience_name), mine: await mineOf(db, byEvent.get(row.id) ?? null) });
    return { events };
  },
);
