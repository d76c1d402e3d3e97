// Queries of the volunteer domain: posts and who manages them, shift occurrences and sign-ups, service records,
// and the reads of the hours ledger (backend/ledger) that join them.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { PostSummary, ServiceRecord, ShiftOccurrence } from '../../../../contracts/volunteer';
import { HELD_STATUS_NAME, HELD_STATUS_NOTE, RECORD_STATUS_NAMES } from '../../../../contracts/volunteer';
import { SCOPES } from '../../../../contracts/roles';
import { chinaDay } from '../../../common/china-time';
import { hoursOf, minimumServedMinutes } from '../rules/hours';
import { accountMinutes, minutesByRecord, recordMinutes, writeTransfer } from '../../../ledger/queries';
import { correctionTransfer, serviceTransfer } from '../../../ledger/transfers';
import { lockForUpdate } from '../../../common/row-locks';
import { scheduleJob } from '../../../data/jobs';
import { awaitsManager, countsTowardCertificate, needsConfirmation } from '../rules/trust';
import { occurrenceOn, type Occurrence } from '../rules/shifts';
import type { Schema } from '../../../data/schema';
import type { VolPostRow, VolRecordRow, VolShiftRow } from '../schema';

type Db = Kysely<Schema> | Transaction<Schema>;

/** Admins of a subtree manage its posts; a post manager manages the posts they are named on. */
export const POST_ADMIN_ROLES = SCOPES.adminPosts;

export async function findPost(
  db: Db,
  id: number,
): Promise<(VolPostRow & { org_path: string; org_name: string }) | null> {
  const row = await db
    .selectFrom('vol_posts')
    .innerJoin('org_units', 'org_units.id', 'vol_posts.org_unit_id')
    .selectAll('vol_posts')
    .select(['org_units.path as org_path', 'org_units.name as org_name'])
    .where('vol_posts.id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

export function postSummary(p: VolPostRow, distance?: number): PostSummary {
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    address: p.address,
    lat: Number(p.lat),
    lng: Number(p.lng),
    radius: p.radius,
    checkInMode: p.check_in_mode,
    walkIns: p.walk_ins === 1,
    openHours: p.open_hours,
    services: JSON.parse(p.services_json) as string[],
    ...(distance !== undefined ? { distance: Math.round(distance) } : {}),
  };
}

export async function shiftsOfPost(db: Db, postId: number): Promise<VolShiftRow[]> {
  return db
    .selectFrom('vol_shifts')
    .selectAll()
    .where('post_id', '=', postId)
    .orderBy('weekday')
    .orderBy('starts')
    .execute();
}

export async function takenCounts(db: Db, shiftIds: number[], days: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (shiftIds.length === 0 || days.length === 0) return counts;
  const rows = await db
    .selectFrom('vol_signups')
    .select(['shift_id', 'occurs_on', sql<number>`count(*)`.as('n')])
    .where('shift_id', 'in', shiftIds)
    .where('occurs_on', 'in', days)
    .groupBy(['shift_id', 'occurs_on'])
    .execute();
  for (const r of rows) counts.set(`${r.shift_id}:${r.occurs_on}`, Number(r.n));
  return counts;
}

export function occurrenceView(shift: VolShiftRow, o: Occurrence, taken: number, mine: boolean): ShiftOccurrence {
  return {
    shiftId: shift.id,
    occursOn: o.occursOn,
    start: o.start.toISOString(),
    end: o.end.toISOString(),
    service: shift.service,
    capacity: shift.capacity,
    taken,
    mine,
  };
}

/** The caller's signed-up occurrences at a post on the China days around `at`, with their times. */
export async function signedUpOccurrences(
  db: Db,
  personId: number,
  postId: number,
  at: Date,
): Promise<(Occurrence & { shift: VolShiftRow })[]> {
  const days = [-1, 0, 1].map((d) => chinaDay(new Date(at.getTime() + d * 86_400_000)));
  const rows = await db
    .selectFrom('vol_signups')
    .innerJoin('vol_shifts', 'vol_shifts.id', 'vol_signups.shift_id')
    .selectAll('vol_shifts')
    .select('vol_signups.occurs_on')
    .where('vol_signups.person_id', '=', personId)
    .where('vol_shifts.post_id', '=', postId)
    .where('vol_signups.occurs_on', 'in', days)
    .execute();
  const out: (Occurrence & { shift: VolShiftRow })[] = [];
  for (const { occurs_on, ...shift } of rows) {
    const o = occurrenceOn(shift, occurs_on);
    if (o) out.push({ ...o, shift });
  }
  return out;
}

export async function findOpenRecord(db: Db, personId: number): Promise<VolRecordRow | null> {
  return (
    (await db.selectFrom('vol_records').selectAll().where('open_person_id', '=', personId).executeTakeFirst()) ?? null
  );
}

/** The latest moment any of the person's records reaches (a check-in, or a check-out), to keep records from overlapping. */
export async function latestRecordedMoment(db: Db, personId: number): Promise<string | null> {
  const row = await db
    .selectFrom('vol_records')
    .select([sql<string | null>`max(check_in_at)`.as('lastIn'), sql<string | null>`max(check_out_at)`.as('lastOut')])
    .where('person_id', '=', personId)
    .executeTakeFirst();
  const values = [row?.lastIn, row?.lastOut].filter((v): v is string => typeof v === 'string');
  return values.length ? values.sort().at(-1)! : null;
}

/** Records as the phone shows them, newest first, with their hours from the ledger and their corrections. */
export async function loadServiceRecords(
  db: Db,
  where: { personId?: number; recordIds?: number[] },
  limit = 200,
): Promise<ServiceRecord[]> {
  let q = db
    .selectFrom('vol_records')
    .innerJoin('vol_posts', 'vol_posts.id', 'vol_records.post_id')
    .selectAll('vol_records')
    .select(['vol_posts.name as post_name', 'vol_posts.min_share']);
  if (where.personId !== undefined) q = q.where('vol_records.person_id', '=', where.personId);
  if (where.recordIds !== undefined) {
    if (where.recordIds.length === 0) return [];
    q = q.where('vol_records.id', 'in', where.recordIds);
  }
  const rows = await q.orderBy('vol_records.check_in_at', 'desc').limit(limit).execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const minutesOf = await minutesByRecord(db, ids);
  const corrections = await db
    .selectFrom('vol_corrections')
    .innerJoin('people as proposer', 'proposer.id', 'vol_corrections.created_by')
    .leftJoin('people as approver', 'approver.id', 'vol_corrections.approved_by')
    .selectAll('vol_corrections')
    .select(['proposer.name as by_name', 'approver.name as approved_by_name'])
    .where('record_id', 'in', ids)
    .orderBy('vol_corrections.id')
    .execute();
  const openRequests = new Set(
    (
      await db
        .selectFrom('vol_correction_requests')
        .select('record_id')
        .where('record_id', 'in', ids)
        .where('status', '=', 'open')
        .execute()
    ).map((r) => r.record_id),
  );
  return rows.map((r) => {
    const held = awaitsManager({ status: r.status, needsConfirmation: r.needs_confirmation === 1 });
    return {
      id: r.id,
      postId: r.post_id,
      postName: r.post_name,
      service: r.service,
      checkInAt: r.check_in_at,
      checkOutAt: r.check_out_at,
      shiftStart: r.shift_start,
      shiftEnd: r.shift_end,
      status: r.status,
      statusName: held ? HELD_STATUS_NAME : RECORD_STATUS_NAMES[r.status],
      awaitsManager: held,
      statusNote: held ? HELD_STATUS_NOTE : null,
      hours: hoursOf(minutesOf.get(r.id) ?? 0),
      measuredHours: r.served_minutes === null ? null : hoursOf(r.served_minutes),
      flags: JSON.parse(r.flags_json) as string[],
      minimumMinutes: r.status === 'open' ? minimumServedMinutes(shiftOfRecord(r), Number(r.min_share)) : null,
      correctionRequested: openRequests.has(r.id),
      corrections: corrections
        .filter((c) => c.record_id === r.id)
        .map((c) => ({
          id: c.id,
          hours: hoursOf(c.minutes),
          previousHours: hoursOf(c.previous_minutes),
          reason: c.reason,
          at: c.created_at,
          status: c.status,
          by: c.by_name,
          approvedBy: c.approved_by_name ?? null,
          approvedAt: c.approved_at,
        })),
    };
  });
}

/** A person's balance for this China month, this China year and in total: sums of their ledger account's movements. */
export async function hoursSummary(
  db: Db,
  personId: number,
  now: Date,
): Promise<{ month: number; year: number; total: number }> {
  const today = chinaDay(now);
  const m = await accountMinutes(
    db,
    { kind: 'member', id: personId },
    { yearStart: `${today.slice(0, 4)}-01-01`, monthStart: `${today.slice(0, 7)}-01` },
  );
  return { month: hoursOf(m.month), year: hoursOf(m.year), total: hoursOf(m.total) };
}

/** Job kinds of this domain (handlers in backend/domains/volunteer/jobs/handlers.ts). */
export const AUTO_CHECK_OUT_JOB = 'volunteer.auto-check-out';
export const SHIFT_REMINDER_JOB = 'volunteer.shift-reminder';
export const autoCheckOutKey = (recordId: number) => `${AUTO_CHECK_OUT_JOB}:${recordId}`;
export const shiftReminderKey = (signupId: number) => `${SHIFT_REMINDER_JOB}:${signupId}`;

/**
 * The forgotten-签退 job of an open record, at `runAt`: scheduled at check-in and again when a 签退 is undone (then it
 * replaces the one withdrawn at check-out, should it still be there).
 */
export function scheduleAutoCheckOut(db: Kysely<Schema>, recordId: number, runAt: Date, now: Date): Promise<void> {
  return scheduleJob(
    db,
    {
      kind: AUTO_CHECK_OUT_JOB,
      payload: { recordId },
      dedupeKey: autoCheckOutKey(recordId),
      runAt,
      onConflict: 'replace',
    },
    now,
  );
}

export interface Closing {
  at: Date;
  location?: { lat: number; lng: number; accuracy: number | null };
  flags: string[];
  actorId: number | null;
  /** When the write happens (the check-out itself may be earlier: an offline scan). */
  writtenAt: Date;
}

/** The shift an open record was checked in for, as the hours rule takes it; null for a walk-in. */
export function shiftOfRecord(
  record: Pick<VolRecordRow, 'shift_start' | 'shift_end'>,
): { start: Date; end: Date } | null {
  return record.shift_start && record.shift_end
    ? { start: new Date(record.shift_start), end: new Date(record.shift_end) }
    : null;
}

/**
 * Closes an open record with the hours the caller decided (the rule, backend/domains/volunteer/rules/hours.ts): the record's
 * status and (when it counts) a service transfer in the ledger, all in the caller's transaction. Answers null when
 * the record was no longer open (another device, or the automatic check-out, closed it first): nothing is written then.
 */
export async function closeRecord(
  trx: Transaction<Schema>,
  record: VolRecordRow,
  post: Pick<VolPostRow, 'id'>,
  closing: Closing,
  decision: { minutes: number; servedMinutes: number; counted: boolean },
): Promise<{ minutes: number; servedMinutes: number; counted: boolean; flags: string[] } | null> {
  const flags = [...new Set([...(JSON.parse(record.flags_json) as string[]), ...closing.flags])];
  const updated = await trx
    .updateTable('vol_records')
    .set({
      check_out_at: closing.at.toISOString(),
      open_person_id: null,
      out_lat: closing.location?.lat ?? null,
      out_lng: closing.location?.lng ?? null,
      out_accuracy: closing.location?.accuracy ?? null,
      status: decision.counted ? 'pending' : 'not_counted',
      served_minutes: decision.servedMinutes,
      counted: decision.counted ? 1 : 0,
      flags_json: JSON.stringify(flags),
      needs_confirmation: needsConfirmation(flags) ? 1 : 0,
    })
    .where('id', '=', record.id)
    .where('open_person_id', '=', record.person_id)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) return null;
  if (decision.minutes > 0) {
    const plan = serviceTransfer(post.id, record.person_id, decision.minutes);
    if (plan) {
      await writeTransfer(trx, plan, {
        recordId: record.id,
        reason: null,
        createdBy: closing.actorId,
        servedOn: chinaDay(new Date(record.check_in_at)),
        at: closing.writtenAt.toISOString(),
      });
    }
  }
  return { minutes: decision.minutes, servedMinutes: decision.servedMinutes, counted: decision.counted, flags };
}

/**
 * Opens a closed record again (撤销签退) exactly as it was before its check-out: the check-out's time and place go,
 * and whatever minutes the ledger credits it are moved back in one balancing transfer, so the record counts nothing
 * until the next check-out credits it afresh. Locks the record first; answers null (nothing written) when it is not
 * closed at `checkOutAt` any more (an undo racing another), and lets the open-record unique index refuse a second
 * open record (the caller tells the person).
 */
export async function reopenRecord(
  trx: Transaction<Schema>,
  recordId: number,
  checkOutAt: string,
  actorId: number,
  at: Date,
): Promise<{ minutesTakenBack: number } | null> {
  const row = await lockForUpdate(trx, 'vol_records', recordId);
  if (!row || row.check_out_at !== checkOutAt || row.open_person_id !== null) return null;
  await trx
    .updateTable('vol_records')
    .set({
      check_out_at: null,
      open_person_id: row.person_id,
      out_lat: null,
      out_lng: null,
      out_accuracy: null,
      status: 'open',
      served_minutes: null,
      counted: 0,
    })
    .where('id', '=', recordId)
    .execute();
  const credited = await recordMinutes(trx, recordId);
  const plan = correctionTransfer(row.post_id, row.person_id, credited, 0);
  if (plan) {
    await writeTransfer(trx, plan, {
      recordId,
      reason: '撤销签退',
      createdBy: actorId,
      servedOn: chinaDay(new Date(row.check_in_at)),
      at: at.toISOString(),
    });
  }
  return { minutesTakenBack: credited };
}

/**
 * A volunteer's movements served in [from, to] (China dates) that a certificate may count, with the post and
 * service of their record: a record the phone alone vouches for counts only once a manager confirmed it.
 */
export async function movementsInRange(db: Db, personId: number, from: string, to: string) {
  const rows = await db
    .selectFrom('ledger_movements')
    .innerJoin('vol_records', 'vol_records.id', 'ledger_movements.record_id')
    .innerJoin('vol_posts', 'vol_posts.id', 'vol_records.post_id')
    .select([
      'ledger_movements.id',
      'ledger_movements.minutes',
      'ledger_movements.record_id',
      'ledger_movements.served_on',
      'vol_posts.name as post_name',
      'vol_records.service',
      'vol_records.status',
      'vol_records.needs_confirmation',
    ])
    .where('ledger_movements.account_kind', '=', 'member')
    .where('ledger_movements.account_id', '=', personId)
    .where('ledger_movements.served_on', '>=', from)
    .where('ledger_movements.served_on', '<=', to)
    .orderBy('ledger_movements.id')
    .execute();
  return rows.filter((r) =>
    countsTowardCertificate({ status: r.status, needsConfirmation: r.needs_confirmation === 1 }),
  );
}

/** A certificate by its printed number, with the holder's name (what the certificate page and its check show). */
export async function findCertificateByNumber(db: Db, number: string) {
  return db
    .selectFrom('vol_certificates')
    .innerJoin('people', 'people.id', 'vol_certificates.person_id')
    .selectAll('vol_certificates')
    .select('people.name')
    .where('number', '=', number)
    .executeTakeFirst();
}
