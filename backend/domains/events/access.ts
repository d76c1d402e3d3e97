// Loading an event for an action, and who may act on it: organisers (a secretary or admin whose scope covers the
// event's audience), and on someone's behalf (their branch secretary, or a relative they linked).
import { SCOPES } from '../../../contracts/roles';
import { findEvent, findLatestEnrolment, unitName, toDetail, type EventRow } from './queries/events';
import { loadPersonProfile, type PersonProfile } from '../../data/people';
import { isLinkedRelative } from '../../access/family-links';
import { reachOver, targetOf } from '../../access/person-access';
import { isWithin } from '../../common/org-paths';
import { canActOn } from '../../rules/org-scope';
import { fail } from '../../runtime/app-error';
import type { PersonCaller } from '../../runtime/caller';
import type { Deps } from '../../runtime/deps';
import type { EventDetail } from '../../../contracts/events';

export const NO_EVENT = '没有找到这个活动，可能已经删除了。请返回活动列表。';

export async function loadEvent(deps: Deps, eventId: number): Promise<EventRow> {
  return found(await findEvent(deps.database.db, eventId));
}

/** The event read, or NOT_FOUND in the same words whichever read asked. */
function found(event: EventRow | null): EventRow {
  if (!event) throw fail.notFound(NO_EVENT);
  return event;
}

/** Reads of an event on their way, by database: a sign-up joins one instead of sending its own. */
const eventReads = new WeakMap<Deps['database'], Map<number, Promise<EventRow | null>>>();

/**
 * The event for a sign-up: one read shared by the sign-ups that ask for the same event while it is on its way (in a
 * rush, hundreds a second ask for one event, and each read is a round trip on PostgreSQL). A shared read started at
 * most one round trip before the call; a sign-up's seat step checks again, on the locked row, that the event was not
 * called off since (enrolFirstCome). The row is frozen: every sharer sees the same one.
 */
export async function loadEventForSignUp(deps: Deps, eventId: number): Promise<EventRow> {
  const reads = eventReads.get(deps.database) ?? new Map<number, Promise<EventRow | null>>();
  eventReads.set(deps.database, reads);
  let read = reads.get(eventId);
  if (!read) {
    const mine = findEvent(deps.database.db, eventId).then((row) => (row ? Object.freeze(row) : null));
    read = mine.finally(() => reads.delete(eventId));
    reads.set(eventId, read);
  }
  return found(await read);
}

export function mayManage(caller: PersonCaller, event: Pick<EventRow, 'audience_path'>): boolean {
  return canActOn(caller.grants, SCOPES.manageBranch, event.audience_path);
}

/** The event, when the caller organises it; a member gets FORBIDDEN in a sentence. */
export async function loadManagedEvent(deps: Deps, caller: PersonCaller, eventId: number): Promise<EventRow> {
  const event = await loadEvent(deps, eventId);
  if (!mayManage(caller, event)) throw fail.forbidden('只有组织这个活动的支部书记或管理员才能做这件事。');
  return event;
}

/**
 * The audience check every read of one event goes through (get, verifyDraw): the person is inside the event's
 * audience, the caller organises it, or the person took part in it. Anyone else is told it is not there (NOT_FOUND),
 * in the same words whichever action asked, so nothing about it leaks.
 */
export async function requireEventInSight(
  deps: Deps,
  caller: PersonCaller,
  event: EventRow,
  who: Pick<PersonProfile, 'person' | 'orgUnit'>,
): Promise<void> {
  if (isWithin(who.orgUnit.path, event.audience_path) || mayManage(caller, event)) return;
  if (!(await findLatestEnrolment(deps.database.db, event.id, who.person.id))) throw fail.notFound(NO_EVENT);
}

export async function detailOf(deps: Deps, caller: PersonCaller, event: EventRow): Promise<EventDetail> {
  return toDetail(event, await unitName(deps.database.db, event.audience_org_unit_id), mayManage(caller, event));
}

export interface Participant {
  profile: PersonProfile;
  /** True when the caller acts for someone else. */
  onBehalf: boolean;
}

/**
 * Who takes part: the caller, or `forPersonId` when the caller is that person's branch secretary (or an admin above
 * it) or a relative the person linked. Anyone else is FORBIDDEN, in a sentence.
 */
export async function participant(
  deps: Deps,
  caller: PersonCaller,
  forPersonId: number | undefined,
): Promise<Participant> {
  if (forPersonId === undefined || forPersonId === caller.person.id) return { profile: caller, onBehalf: false };
  const db = deps.database.db;
  const profile = await loadPersonProfile(db, forPersonId);
  const refusal = '这位同志不在您的支部，也没有和您关联为家人，不能替他报名或取消。';
  if (!profile) throw fail.forbidden(refusal);
  // The one person policy: a secretary acts for people of their branch, never for one whose roles reach further.
  if (reachOver(caller, SCOPES.manageBranch, targetOf(profile)) === 'ok') return { profile, onBehalf: true };
  if (!(await isLinkedRelative(db, forPersonId, caller.person.id))) throw fail.forbidden(refusal);
  return { profile, onBehalf: true };
}
