// 报名名单: name, branch, phone, sign-up time, who signed up, status and attendance, for the organiser. A cancelled
// event keeps its roster (the people it had when it was called off), so the organiser can phone each of them; a
// phone number is in full only for the member's own branch secretary or an admin above (backend/rules/
// phone-visibility.ts), and every full number shown is recorded in the audit log.
import { eventIdInput, type EventsApi, type RosterRow } from '../../../../contracts/events';
import { SCOPES } from '../../../../contracts/roles';
import type { EventRow } from '../queries/events';
import { phoneFor } from '../../../rules/phone-visibility';
import type { ScopedGrant } from '../../../rules/org-scope';
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

/** The roster as `viewer` may see it; with each row, whether its phone number is shown in full (to be audited). */
export async function loadRoster(
  deps: Deps,
  event: EventRow,
  viewer: readonly ScopedGrant[],
): Promise<(RosterRow & { phoneFull: boolean })[]> {
  const rows = await deps.database.db
    .selectFrom('enrolments')
    .innerJoin('people as p', 'p.id', 'enrolments.person_id')
    .innerJoin('org_units as u', 'u.id', 'p.org_unit_id')
    .innerJoin('people as by', 'by.id', 'enrolments.signed_up_by')
    .select([
      'p.id as person_id',
      'p.name',
      'u.name as branch',
      'u.path as unit_path',
      'p.phone',
      'enrolments.signed_up_at',
      'enrolments.signed_up_by',
      'by.name as by_name',
      'enrolments.status',
      'enrolments.waitlist_no',
      'enrolments.attended_at',
    ])
    .where('enrolments.event_id', '=', event.id)
    .where((eb) =>
      // A called-off event: those it ended (not the ones who had left before), so they can be phoned.
      event.cancelled_at === null
        ? eb('enrolments.active', '=', 1)
        : eb.and([
            eb('enrolments.cancel_reason', '=', 'event'),
            eb('enrolments.cancelled_at', '=', event.cancelled_at),
          ]),
    )
    .orderBy('enrolments.id')
    .execute();
  const waitingOrder = rows
    .filter((r) => r.status === 'waitlisted')
    .sort((a, b) => (a.waitlist_no ?? 0) - (b.waitlist_no ?? 0));
  const placeOf = new Map(waitingOrder.map((r, i) => [r.person_id, i + 1]));
  return rows
    .map((r) => {
      const seen = phoneFor(viewer, r.unit_path, r.phone);
      return {
        personId: r.person_id,
        name: r.name,
        branch: r.branch,
        signedUpAt: r.signed_up_at,
        signedUpBy: r.signed_up_by === r.person_id ? null : r.by_name,
        status: r.status,
        place: placeOf.get(r.person_id) ?? null,
        attended: r.attended_at !== null,
        phone: seen.phone,
        phoneFull: seen.full,
      };
    })
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
    // A read whose only write is the audit row: phone numbers must never be kept as an answer.
    replay: 'handler',
  },
  async function roster({ eventId }, ctx): Promise<EventsApi['roster']['output']> {
    const { deps, caller } = ctx;
    const event = await loadManagedEvent(deps, caller, eventId);
    const seen = await loadRoster(deps, event, caller.grants);
    const shownInFull = seen.filter((r) => r.phoneFull).map((r) => r.personId);
    if (shownInFull.length > 0) {
      // A full number is personal data shown to one person: who saw whose, and when, stays on record.
      await ctx.transaction(async (_trx, audit) => {
        await audit({ entity: 'phone_view', entityId: `event:${event.id}`, after: { personIds: shownInFull } });
      });
    }
    const rows = seen.map(({ phoneFull: _full, ...row }) => row);
    return { event: await detailOf(deps, caller, event), rows };
  },
);
