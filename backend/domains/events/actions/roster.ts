// 报名名单: name, branch, sign-up time, who signed up, status and attendance, for the organiser.
import { eventIdInput, type EventsApi, type RosterRow } from '../../../../contracts/events';
import { SCOPES } from '../../../../contracts/roles';
import type { EventRow } from '../queries/events';
import type { Deps } from '../../../runtime/deps';
import { action } from '../../../runtime/define-function';
import { detailOf, loadManagedEvent } from '../access';

const ORDER: Record<string, number> = {
  attended: 0,
  confirmed: 1,
  promoted: 2,
  applied: 3,
  waitlisted: 4,
  cancelled: 5,
};

export async function loadRoster(deps: Deps, event: EventRow): Promise<RosterRow[]> {
  const rows = await deps.database.db
    .selectFrom('enrolments')
    .innerJoin('people as p', 'p.id', 'enrolments.person_id')
    .innerJoin('org_units as u', 'u.id', 'p.org_unit_id')
    .innerJoin('people as by', 'by.id', 'enrolments.signed_up_by')
    .select([
      'p.id as person_id',
      'p.name',
      'u.name as branch',
      'enrolments.signed_up_at',
      'enrolments.signed_up_by',
      'by.name as by_name',
      'enrolments.status',
      'enrolments.waitlist_no',
      'enrolments.attended_at',
    ])
    .where('enrolments.event_id', '=', event.id)
    .where('enrolments.active', '=', 1)
    .orderBy('enrolments.id')
    .execute();
  const waitingOrder = rows
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.waitlist_no ?? 0) - (b.waitlist_no ?? 0));
  const placeOf = new Map(waitingOrder.map((r, i) => [r.person_id, i + 1]));
  return rows
    .map((r) => ({
      personId: r.person_id,
      name: r.name,
      branch: r.branch,
      signedUpAt: r.signed_up_at,
      signedUpBy: r.signed_up_by === r.person_id ? null : r.by_name,
      status: r.status,
      place: placeOf.get(r.person_id) ?? null,
      attended: r.attended_at !== null,
    }))
    .sort(
      (a, b) =>
        ORDER[a.status] - ORDER[b.status] ||
        (a.place ?? 0) - (b.place ?? 0) ||
        a.signedUpAt.localeCompare(b.signedUpAt),
    );
}

export const roster = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: eventIdInput,
  },
  async function roster({ eventId }, ctx): Promise<EventsApi['roster']['output']> {
    const { deps, caller } = ctx;
    const event = await loadManagedEvent(deps, caller, eventId);
    return { event: await detailOf(deps, caller, event), rows: await loadRoster(deps, event) };
  },
);
