// The events domain's queries and the few multi-row steps every writer shares (take a seat, join the waitlist,
// pass a seat on). Each step runs inside the caller's transaction; on PostgreSQL the event row is the lock that
// orders every change of one event's seats, on SQLite the one connection already does.
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { EnrolmentStatus, EventDetail, EventSummary, Mine } from '../../../../contracts/events';
import { PAGES } from '../../../../contracts/pages';
import { promotionDeadline, type FirstComeSentences } from '../rules/events';
import { isPostgres, lockForUpdate } from '../../../common/row-locks';
import type { Schema } from '../../../data/schema';
import type { Audit, AuditEntry, FinalStep, Finish } from '../../../data/transaction-steps';
import type { EnrolmentsTable, EventsTable } from '../schema';

export type EventRow = Selectable<EventsTable>;
export type EnrolmentRow = Selectable<EnrolmentsTable>;
type Db = Kysely<Schema> | Transaction<Schema>;

export const EVENT_PAGE = PAGES.events.detail;

export async function findEvent(db: Db, id: number): Promise<EventRow | null> {
  return (await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** The event row, locked until the transaction ends (PostgreSQL); every change of its seats takes this first. */
export async function lockEvent(trx: Transaction<Schema>, id: number): Promise<EventRow | null> {
  return lockForUpdate(trx, 'events', id);
}

export async function unitName(db: Db, id: number): Promise<string> {
  return (await db.selectFrom('org_units').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';
}

export function toSummary(e: EventRow, audienceName: string): EventSummary {
  return {
    id: e.id,
    title: e.title,
    type: e.type,
    place: e.place,
    startAt: e.start_at,
    endAt: e.end_at,
    capacity: e.capacity,
    confirmed: e.confirmed,
    waitlisted: e.waitlisted,
    applicants: e.applicants,
    // Seats (promoted ones included), the queue and undrawn applications: a lottery has no seats before its draw.
    signedUp: e.confirmed + e.waitlisted + e.applicants,
    signupOpensAt: e.signup_opens_at,
    signupClosesAt: e.signup_closes_at,
    mode: e.mode,
    cancelled: e.cancelled_at !== null,
    audienceOrgUnitId: e.audience_org_unit_id,
    audienceName,
  };
}

export function toDetail(e: EventRow, audienceName: string, manageable: boolean): EventDetail {
  return {
    ...toSummary(e, audienceName),
    description: e.description,
    term: e.term,
    termCap: e.term_cap,
    confirmHours: e.confirm_hours,
    seedHash: e.seed_hash,
    // A system seed stays secret until the draw; a drawn seed is public.
    seed: e.drawn_at ? e.seed : null,
    drawnAt: e.drawn_at,
    cancelReason: e.cancel_reason,
    manageable,
  };
}

export async function findActiveEnrolment(db: Db, eventId: number, personId: number): Promise<EnrolmentRow | null> {
  return (
    (await db
      .selectFrom('enrolments')
      .selectAll()
      .where('event_id', '=', eventId)
      .where('person_id', '=', personId)
      .where('active', '=', 1)
      .executeTakeFirst()) ?? null
  );
}

/** The person's latest enrolment (active, else the last cancelled one), for "已取消". */
export async function findLatestEnrolment(db: Db, eventId: number, personId: number): Promise<EnrolmentRow | null> {
  return (
    (await db
      .selectFrom('enrolments')
      .selectAll()
      .where('event_id', '=', eventId)
      .where('person_id', '=', personId)
      .orderBy('active', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst()) ?? null
  );
}

/** 1 + how many active waitlisted rows come before this number. */
export async function waitlistPlace(db: Db, eventId: number, waitlistNo: number): Promise<number> {
  const { n } = await db
    .selectFrom('enrolments')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .where('waitlist_no', '<', waitlistNo)
    .executeTakeFirstOrThrow();
  return Number(n) + 1;
}

export async function mineOf(db: Db, row: EnrolmentRow | null): Promise<Mine> {
  if (!row) return { status: null };
  const by =
    row.signed_up_by !== row.person_id
      ? ((await db.selectFrom('people').select('name').where('id', '=', row.signed_up_by).executeTakeFirst())?.name ??
        null)
      : null;
  return {
    status: row.status,
    ...(row.status === 'waitlisted' && row.waitlist_no !== null
      ? { place: await waitlistPlace(db, row.event_id, row.waitlist_no) }
      : {}),
    confirmBy: row.confirm_by,
    signedUpByName: by,
    signedUpAt: row.signed_up_at,
  };
}

export interface NewEnrolment {
  eventId: number;
  personId: number;
  signedUpBy: number;
  at: string;
  /** The course's term when it counts against a term cap, else null. */
  term: string | null;
}

/** The new row of a first-come sign-up: a seat, or the next waitlist number and the place it gives. */
export interface Enrolled {
  id: number;
  status: 'confirmed' | 'waitlisted';
  waitlistNo: number | null;
  place?: number;
}

/** The audit entry of a new enrolment; `firstComeStep` writes the same fields in SQL. */
export function enrolmentAudit(
  e: NewEnrolment,
  id: number,
  status: EnrolmentStatus,
  waitlistNo: number | null,
): AuditEntry {
  return {
    entity: 'enrolment',
    entityId: id,
    after: { eventId: e.eventId, personId: e.personId, status, waitlistNo, by: e.signedUpBy },
  };
}

/**
 * A first-come sign-up: a seat while one is free (never past `capacity`), else the next waitlist number, and the
 * enrolment row with its audit entry; null, with nothing written, when the event was called off since the caller
 * read it. On PostgreSQL the event row is the lock every sign-up of a rush queues for,
 * held until COMMIT, so the sign-up is the transaction's final step (firstComeStep): one statement sent with COMMIT
 * that also writes the audit row and the answer a resend gets. On SQLite statements cost no round trip, so the plain
 * steps serve.
 */
export async function enrolFirstCome(
  trx: Transaction<Schema>,
  e: NewEnrolment,
  steps: { audit: Audit; finish: Finish },
  said: FirstComeSentences,
): Promise<Enrolled | null> {
  if (isPostgres(trx)) {
    const row = await steps.finish<{ id: number; seat: boolean; waitlist_no: number | null; place: number }>(
      firstComeStep(e, said),
    );
    if (!row) return null;
    return row.seat
      ? { id: row.id, status: 'confirmed', waitlistNo: null }
      : { id: row.id, status: 'waitlisted', waitlistNo: row.waitlist_no, place: row.place };
  }
  let waitlist: { no: number; place: number } | null = null;
  if (!(await takeSeat(trx, e.eventId, e.at))) {
    waitlist = await nextWaitlistNo(trx, e.eventId, e.at);
    if (!waitlist) return null;
  }
  const status = waitlist ? 'waitlisted' : 'confirmed';
  const { id } = await insertEnrolment(trx, e, status, waitlist?.no ?? null);
  await steps.audit(enrolmentAudit(e, id, status, waitlist?.no ?? null));
  return waitlist
    ? { id, status: 'waitlisted', waitlistNo: waitlist.no, place: waitlist.place }
    : { id, status: 'confirmed', waitlistNo: null };
}

/**
 * PostgreSQL's first-come sign-up as one final step. `prior` locks the event row and reads it as locked; the update
 * then changes that very version (no one else can). The audit row and the kept answer ({status, place, message}, as
 * the action answers) are read from `outcome`.
 */
function firstComeStep(e: NewEnrolment, said: FirstComeSentences): FinalStep {
  const status = sql`case when outcome.seat then 'confirmed' else 'waitlisted' end`;
  return {
    ctes: sql`prior as (
        select id, confirmed < capacity as seat from events
        where id = ${e.eventId} and cancelled_at is null for update
      ), counted as (
        update events set
          confirmed = confirmed + case when prior.seat then 1 else 0 end,
          waitlist_seq = waitlist_seq + case when prior.seat then 0 else 1 end,
          waitlisted = waitlisted + case when prior.seat then 0 else 1 end,
          updated_at = ${e.at}
        from prior where events.id = prior.id
        returning prior.seat, events.waitlist_seq, events.waitlisted
      ), added as (
        insert into enrolments (event_id, person_id, status, active, waitlist_no, signed_up_by, signed_up_at, term)
        select ${e.eventId}, ${e.personId}, case when seat then 'confirmed' else 'waitlisted' end, 1,
          case when seat then null else waitlist_seq end, ${e.signedUpBy}, ${e.at}, ${e.term}
        from counted
        returning id, waitlist_no
      ), outcome as (
        select added.id, counted.seat, added.waitlist_no, counted.waitlisted as place from added, counted
      )`,
    audit: {
      entity: 'enrolment',
      entityId: sql`outcome.id`,
      after: sql`jsonb_build_object('eventId', ${e.eventId}::integer, 'personId', ${e.personId}::integer,
        'status', ${status}, 'waitlistNo', outcome.waitlist_no, 'by', ${e.signedUpBy}::integer)`,
    },
    kept: sql`case when outcome.seat
        then jsonb_build_object('status', 'confirmed', 'message', ${said.confirmed}::text)
        else jsonb_build_object('status', 'waitlisted', 'place', outcome.place,
          'message', ${said.waitlisted[0]}::text || outcome.place || ${said.waitlisted[1]}::text)
      end`,
  };
}

/** The enrolment row of a sign-up (first come, or a lottery application). */
export async function insertEnrolment(
  trx: Transaction<Schema>,
  e: NewEnrolment,
  status: EnrolmentStatus,
  waitlistNo: number | null,
): Promise<{ id: number }> {
  return trx
    .insertInto('enrolments')
    .values({
      event_id: e.eventId,
      person_id: e.personId,
      status,
      active: 1,
      waitlist_no: waitlistNo,
      signed_up_by: e.signedUpBy,
      signed_up_at: e.at,
      promoted_at: null,
      confirm_by: null,
      cancelled_at: null,
      cancelled_by: null,
      cancel_reason: null,
      attended_at: null,
      attended_how: null,
      term: e.term,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Takes a seat when one is free: the one statement that raises `confirmed`, never past `capacity`, and never on an
 * event called off.
 */
export async function takeSeat(trx: Transaction<Schema>, eventId: number, at: string): Promise<boolean> {
  const r = await trx
    .updateTable('events')
    .set((eb) => ({ confirmed: eb('confirmed', '+', 1), updated_at: at }))
    .where('id', '=', eventId)
    .where((eb) => eb('confirmed', '<', eb.ref('capacity')))
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The next waitlist number of the event (its own sequence), counting the new waitlisted row. The new row is last in
 * line, so its place is the count of active waitlisted rows including it: no counting query (a rush of thousands
 * would make that quadratic). Null, with nothing changed, when the event was called off.
 */
export async function nextWaitlistNo(
  trx: Transaction<Schema>,
  eventId: number,
  at: string,
): Promise<{ no: number; place: number } | null> {
  const row = await trx
    .updateTable('events')
    .set((eb) => ({ waitlist_seq: eb('waitlist_seq', '+', 1), waitlisted: eb('waitlisted', '+', 1), updated_at: at }))
    .where('id', '=', eventId)
    .where('cancelled_at', 'is', null)
    .returning(['waitlist_seq', 'waitlisted'])
    .executeTakeFirst();
  return row ? { no: row.waitlist_seq, place: row.waitlisted } : null;
}

/** Counts a lottery application, unless the event was called off (then false, and nothing changed). */
export async function countApplicant(trx: Transaction<Schema>, eventId: number, at: string): Promise<boolean> {
  const r = await trx
    .updateTable('events')
    .set((eb) => ({ applicants: eb('applicants', '+', 1), updated_at: at }))
    .where('id', '=', eventId)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function addToCounter(
  trx: Transaction<Schema>,
  eventId: number,
  column: 'confirmed' | 'waitlisted' | 'applicants',
  delta: number,
  at: string,
): Promise<void> {
  if (delta === 0) return;
  await trx
    .updateTable('events')
    .set((eb) => ({ [column]: eb(column, '+', delta), updated_at: at }))
    .where('id', '=', eventId)
    .execute();
}

/**
 * A course counts against its term's cap: raises the person's count only while under the cap (one conditional
 * statement, so two courses signed at once cannot both pass). False when the cap is reached.
 */
export async function takeTermPlace(
  trx: Transaction<Schema>,
  personId: number,
  term: string,
  cap: number,
): Promise<boolean> {
  await trx
    .insertInto('term_loads')
    .values({ person_id: personId, term, courses: 0 })
    .onConflict((oc) => oc.columns(['person_id', 'term']).doNothing())
    .execute();
  const r = await trx
    .updateTable('term_loads')
    .set((eb) => ({ courses: eb('courses', '+', 1) }))
    .where('person_id', '=', personId)
    .where('term', '=', term)
    .where('courses', '<', cap)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function releaseTermPlace(trx: Transaction<Schema>, personId: number, term: string | null): Promise<void> {
  if (term === null) return;
  await trx
    .updateTable('term_loads')
    .set((eb) => ({ courses: eb('courses', '-', 1) }))
    .where('person_id', '=', personId)
    .where('term', '=', term)
    .where('courses', '>', 0)
    .execute();
}

export interface Ended {
  /** Who moved up into the freed seat, if anyone: the caller tells them (backend/messages/events.ts). */
  promotedPersonId: number | null;
  /** By when they must confirm the seat; null when it is simply theirs. */
  confirmBy: Date | null;
}

/**
 * Ends an active enrolment (cancelled by the person, someone for them, a lapsed promotion) and, when it held a seat,
 * passes the seat to the first on the waitlist in the same transaction; with nobody waiting, the seat is freed.
 * The event must be locked (lockEvent) by the caller.
 */
export async function endEnrolment(
  trx: Transaction<Schema>,
  event: EventRow,
  row: EnrolmentRow,
  how: { by: number | null; reason: 'self' | 'other' | 'lapsed' | 'event'; now: Date },
): Promise<Ended> {
  const at = how.now.toISOString();
  await trx
    .updateTable('enrolments')
    .set({
      status: 'cancelled',
      active: 0,
      cancelled_at: at,
      cancelled_by: how.by,
      cancel_reason: how.reason,
      confirm_by: null,
    })
    .where('id', '=', row.id)
    .execute();
  await releaseTermPlace(trx, row.person_id, row.term);
  if (row.status === 'waitlisted') {
    await addToCounter(trx, event.id, 'waitlisted', -1, at);
    return NOBODY_PROMOTED;
  }
  if (row.status === 'applied') {
    await addToCounter(trx, event.id, 'applicants', -1, at);
    return NOBODY_PROMOTED;
  }
  if (how.reason === 'event') return NOBODY_PROMOTED;
  const promoted = await promoteFirstWaiting(trx, event, how.now);
  if (promoted.promotedPersonId === null) await addToCounter(trx, event.id, 'confirmed', -1, at);
  return promoted;
}

const NOBODY_PROMOTED: Ended = { promotedPersonId: null, confirmBy: null };

/** Moves the first on the waitlist into a freed seat (the seat count stays); the caller tells them. */
async function promoteFirstWaiting(trx: Transaction<Schema>, event: EventRow, now: Date): Promise<Ended> {
  // Once the event has begun nobody is promoted into it: the seat simply stays free.
  if (now.getTime() >= Date.parse(event.start_at) || event.cancelled_at !== null) return NOBODY_PROMOTED;
  const next = await trx
    .selectFrom('enrolments')
    .select(['id', 'person_id'])
    .where('event_id', '=', event.id)
    .where('status', '=', 'waitlisted')
    .orderBy('waitlist_no')
    .limit(1)
    .executeTakeFirst();
  if (!next) return NOBODY_PROMOTED;
  const deadline = promotionDeadline(now, event.start_at, event.confirm_hours);
  const at = now.toISOString();
  await trx
    .updateTable('enrolments')
    .set({
      status: deadline ? 'promoted' : 'confirmed',
      promoted_at: at,
      confirm_by: deadline ? deadline.toISOString() : null,
    })
    .where('id', '=', next.id)
    .execute();
  await addToCounter(trx, event.id, 'waitlisted', -1, at);
  return { promotedPersonId: next.person_id, confirmBy: deadline };
}

/** People with an active enrolment of these statuses. */
export async function activePeople(db: Db, eventId: number, statuses: readonly EnrolmentStatus[]): Promise<number[]> {
  const rows = await db
    .selectFrom('enrolments')
    .select('person_id')
    .where('event_id', '=', eventId)
    .where('active', '=', 1)
    .where('status', 'in', statuses)
    .execute();
  return rows.map((r) => r.person_id);
}
