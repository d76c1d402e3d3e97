// Queries of the notices domain. A notice's audience is everyone whose home unit lies in the subtree of the unit
// it is addressed to, found through the org tree when asked (org_units by path, people by unit), never stored per
// person. A member's notices are those addressed to one of the units on their own path.
import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import { showingNoticesOn } from '../../../data/notices-for-reader';
import { inSubtrees } from '../../../data/org-units';
import type { Schema } from '../../../data/schema';
import type { NoticeImportance } from '../schema';

type Db = Kysely<Schema> | Transaction<Schema>;

/** How many notices a member's list holds at most (newest first, before ordering for the reader). */
export const LIST_LIMIT = 200;

export async function findNotice(db: Db, noticeId: number) {
  return (
    (await db
      .selectFrom('notices as n')
      .innerJoin('org_units as u', 'u.id', 'n.audience_org_unit_id')
      .innerJoin('people as p', 'p.id', 'n.publisher_person_id')
      .selectAll('n')
      .select([
        'u.name as audience_name',
        'u.path as audience_path',
        'u.level as audience_level',
        'p.name as publisher_name',
      ])
      .where('n.id', '=', noticeId)
      .executeTakeFirst()) ?? null
  );
}
export type FoundNotice = NonNullable<Awaited<ReturnType<typeof findNotice>>>;

/** Notices showing now on the units of `unitIds` (a member's path), newest first, with the person's receipt. */
export async function showingNoticesFor(db: Db, personId: number, unitIds: readonly number[], now: Date) {
  return showingNoticesOn(db, personId, unitIds, now)
    .innerJoin('org_units as u', 'u.id', 'n.audience_org_unit_id')
    .select([
      'n.id',
      'n.title',
      'n.importance',
      'n.needs_ack',
      'n.pinned',
      'n.version',
      'n.publish_at',
      'n.expires_at',
      'u.name as audience_name',
      'r.read_version',
      'r.acknowledged_at',
      'r.read_at',
    ])
    .orderBy('n.publish_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(LIST_LIMIT)
    .execute();
}

export async function findReceipt(db: Db, noticeId: number, personId: number) {
  return (
    (await db
      .selectFrom('notice_receipts')
      .selectAll()
      .where('notice_id', '=', noticeId)
      .where('person_id', '=', personId)
      .executeTakeFirst()) ?? null
  );
}

/**
 * `within` (optional, on the receipts queries): a where-clause on `p` (people) and `u` (their unit) keeping only
 * those inside the viewer's part of the audience (their managed subtree; for names, whom they may act on).
 */
export type ReceiptViewer = Expression<SqlBool> | undefined;

/** How many people a unit's subtree holds now: the audience of a notice addressed to it. */
export async function countMembersUnder(db: Db, unitPath: string, within?: ReceiptViewer): Promise<number> {
  const { count } = await db
    .selectFrom('org_units as u')
    .innerJoin('people as p', 'p.org_unit_id', 'u.id')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where(inSubtrees('u.path', [unitPath]))
    .$if(within !== undefined, (q) => q.where(within as Expression<SqlBool>))
    // 转出 and 已故 people have left the audience; their receipts stay on record.
    .where('p.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(count);
}

/** Read and acknowledged counts among those the notice reaches now (someone who moved away no longer counts). */
export async function receiptCounts(
  db: Db,
  noticeId: number,
  unitPath: string,
  within?: ReceiptViewer,
): Promise<{ read: number; acknowledged: number }> {
  const row = await db
    .selectFrom('notice_receipts as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .innerJoin('org_units as u', 'u.id', 'p.org_unit_id')
    .select((eb) => [
      eb.fn.countAll<string | number>().as('read'),
      eb.fn.count<string | number>('r.acknowledged_at').as('acknowledged'),
    ])
    .where('r.notice_id', '=', noticeId)
    .where(inSubtrees('u.path', [unitPath]))
    .$if(within !== undefined, (q) => q.where(within as Expression<SqlBool>))
    // 转出 and 已故 people have left the audience; their receipts stay on record.
    .where('p.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return { read: Number(row.read), acknowledged: Number(row.acknowledged) };
}

/** Everyone the notice reaches now whom `within` admits, each joined to their receipt as `r`. */
function reachedWithReceipts(db: Db, noticeId: number, unitPath: string, within?: ReceiptViewer) {
  return (
    db
      .selectFrom('people as p')
      .innerJoin('org_units as u', 'u.id', 'p.org_unit_id')
      .leftJoin('notice_receipts as r', (j) => j.onRef('r.person_id', '=', 'p.id').on('r.notice_id', '=', noticeId))
      .where(inSubtrees('u.path', [unitPath]))
      .$if(within !== undefined, (q) => q.where(within as Expression<SqlBool>))
      // 转出 and 已故 people have left the audience; their receipts stay on record.
      .where('p.status', '=', 'active')
  );
}

/** Those still to answer: not acknowledged (when a receipt is wanted) or not opened, among whom `within` admits. */
function stillToAnswer(db: Db, noticeId: number, unitPath: string, needsAck: boolean, within?: ReceiptViewer) {
  return reachedWithReceipts(db, noticeId, unitPath, within).where((eb) =>
    needsAck ? eb('r.acknowledged_at', 'is', null) : eb('r.read_at', 'is', null),
  );
}

/** How many of those still to answer `within` admits (the call list's length, all pages). */
export async function countStillToAnswer(
  db: Db,
  noticeId: number,
  unitPath: string,
  needsAck: boolean,
  within?: ReceiptViewer,
): Promise<number> {
  const { count } = await stillToAnswer(db, noticeId, unitPath, needsAck, within)
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

/**
 * A page of the call list: everyone `within` admits (and `match`, a search, when given), those who have not opened
 * it first, then those who opened it without 收到 (when it is asked), then those done; by branch then person inside
 * each. With each, their branch path, so the caller's view of their number can be decided.
 */
export async function callListPage(
  db: Db,
  noticeId: number,
  unitPath: string,
  needsAck: boolean,
  page: { offset: number; limit: number },
  within?: ReceiptViewer,
  match?: Expression<SqlBool>,
) {
  return reachedWithReceipts(db, noticeId, unitPath, within)
    .$if(match !== undefined, (q) => q.where(match as Expression<SqlBool>))
    .select([
      'p.id',
      'p.name',
      'p.phone',
      'u.name as unit_name',
      'u.path as unit_path',
      'r.read_at',
      'r.acknowledged_at',
    ])
    .orderBy((eb) =>
      needsAck
        ? eb.case().when('r.read_at', 'is', null).then(0).when('r.acknowledged_at', 'is', null).then(1).else(2).end()
        : eb.case().when('r.read_at', 'is', null).then(0).else(2).end(),
    )
    .orderBy('u.path')
    .orderBy('p.id')
    .offset(page.offset)
    .limit(page.limit)
    .execute();
}

/**
 * Ids of those in the audience still to answer (for 提醒): not opened, or — when the notice asks for 收到 — opened
 * without it; with whether they opened it, so each hears the right sentence.
 */
export async function stillToAnswerIds(
  db: Db,
  noticeId: number,
  unitPath: string,
  needsAck: boolean,
): Promise<{ id: number; opened: boolean }[]> {
  const rows = await stillToAnswer(db, noticeId, unitPath, needsAck).select(['p.id', 'r.read_at']).execute();
  return rows.map((r) => ({ id: r.id, opened: r.read_at !== null }));
}

export interface NewNotice {
  audienceOrgUnitId: number;
  publisherId: number;
  title: string;
  body: string;
  importance: NoticeImportance;
  needsAck: boolean;
  pinned: boolean;
  publishAt: Date;
  expiresAt: Date | null;
}

export async function insertNotice(trx: Transaction<Schema>, n: NewNotice, now: Date): Promise<number> {
  const at = now.toISOString();
  const { id } = await trx
    .insertInto('notices')
    .values({
      audience_org_unit_id: n.audienceOrgUnitId,
      publisher_person_id: n.publisherId,
      title: n.title,
      body: n.body,
      importance: n.importance,
      needs_ack: n.needsAck ? 1 : 0,
      pinned: n.pinned ? 1 : 0,
      version: 1,
      publish_at: n.publishAt.toISOString(),
      expires_at: n.expiresAt?.toISOString() ?? null,
      withdrawn_at: null,
      created_at: at,
      updated_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertVersion(
    trx,
    {
      noticeId: id,
      version: 1,
      title: n.title,
      body: n.body,
      importance: n.importance,
      needsAck: n.needsAck,
      editedBy: n.publisherId,
    },
    now,
  );
  return id;
}

export async function insertVersion(
  trx: Transaction<Schema>,
  v: {
    noticeId: number;
    version: number;
    title: string;
    body: string;
    importance: NoticeImportance;
    needsAck: boolean;
    editedBy: number;
  },
  now: Date,
): Promise<void> {
  await trx
    .insertInto('notice_versions')
    .values({
      notice_id: v.noticeId,
      version: v.version,
      title: v.title,
      body: v.body,
      importance: v.importance,
      needs_ack: v.needsAck ? 1 : 0,
      edited_by: v.editedBy,
      created_at: now.toISOString(),
    })
    .execute();
}

/**
 * Records that the person opened this version: a first opening inserts the row, a later one after an edit moves
 * read_version on; anything else changes nothing. Answers whether a row changed.
 */
export async function recordRead(
  trx: Transaction<Schema>,
  noticeId: number,
  personId: number,
  version: number,
  now: Date,
): Promise<boolean> {
  const inserted = await trx
    .insertInto('notice_receipts')
    .values({
      notice_id: noticeId,
      person_id: personId,
      read_at: now.toISOString(),
      read_version: version,
      acknowledged_at: null,
    })
    .onConflict((oc) =>
      oc
        .columns(['notice_id', 'person_id'])
        .doUpdateSet({ read_version: version })
        .where('notice_receipts.read_version', '<', version),
    )
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Sets acknowledged_at once (opening it first if need be). Answers whether it was set now. */
export async function recordAcknowledged(
  trx: Transaction<Schema>,
  noticeId: number,
  personId: number,
  version: number,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  await trx
    .insertInto('notice_receipts')
    .values({ notice_id: noticeId, person_id: personId, read_at: at, read_version: version, acknowledged_at: null })
    .onConflict((oc) => oc.columns(['notice_id', 'person_id']).doNothing())
    .execute();
  const updated = await trx
    .updateTable('notice_receipts')
    .set({ acknowledged_at: at })
    .where('notice_id', '=', noticeId)
    .where('person_id', '=', personId)
    .where('acknowledged_at', 'is', null)
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}

/** Writes today's reminder row; false when one was written today already (the primary key refuses a second). */
export async function claimReminder(
  trx: Transaction<Schema>,
  noticeId: number,
  day: string,
  by: number,
  recipients: number,
  now: Date,
): Promise<boolean> {
  const result = await trx
    .insertInto('notice_reminders')
    .values({ notice_id: noticeId, day, reminded_by: by, recipients, created_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['notice_id', 'day']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function remindedOn(db: Db, noticeId: number, day: string): Promise<boolean> {
  return (
    (await db
      .selectFrom('notice_reminders')
      .select('notice_id')
      .where('notice_id', '=', noticeId)
      .where('day', '=', day)
      .executeTakeFirst()) !== undefined
  );
}

/** Units in the given subtrees, top first, each with its member count: where the caller may publish. */
export async function unitsWithMembers(db: Db, roots: readonly string[], limit: number) {
  const rows = await db
    .selectFrom('org_units as u')
    .select(['u.id', 'u.name', 'u.level', 'u.path'])
    .select((eb) =>
      eb
        .selectFrom('org_units as d')
        .innerJoin('people as p', 'p.org_unit_id', 'd.id')
        .select(eb.fn.countAll<string | number>().as('c'))
        .where(sql<boolean>`d.path like u.path || '%'`)
        .where('p.status', '=', 'active')
        .as('members'),
    )
    .where(inSubtrees('u.path', roots))
    .orderBy('u.path')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, members: Number(r.members ?? 0) }));
}

/**
 * Notices addressed inside the caller's subtrees or published by them, newest first, each with how many it reaches
 * now, how many of those opened it and how many pressed 收到: one query for the page (three correlated counts on
 * indexed columns), never one more per notice.
 */
export async function managedNotices(db: Db, personId: number, roots: readonly string[], limit: number) {
  const rows = await db
    .selectFrom('notices as n')
    .innerJoin('org_units as u', 'u.id', 'n.audience_org_unit_id')
    .select([
      'n.id',
      'n.title',
      'n.importance',
      'n.needs_ack',
      'n.pinned',
      'n.publish_at',
      'n.expires_at',
      'n.withdrawn_at',
      'n.version',
      'u.name as audience_name',
    ])
    .select((eb) => [
      eb
        .selectFrom('org_units as mu')
        .innerJoin('people as mp', 'mp.org_unit_id', 'mu.id')
        .select(eb.fn.countAll<string | number>().as('c'))
        .where(sql<boolean>`mu.path like u.path || '%'`)
        // 转出 and 已故 people have left the audience; their receipts stay on record.
        .where('mp.status', '=', 'active')
        .as('members'),
      eb
        .selectFrom('notice_receipts as r')
        .innerJoin('people as rp', 'rp.id', 'r.person_id')
        .innerJoin('org_units as ru', 'ru.id', 'rp.org_unit_id')
        .select(eb.fn.countAll<string | number>().as('c'))
        .whereRef('r.notice_id', '=', 'n.id')
        .where(sql<boolean>`ru.path like u.path || '%'`)
        .where('rp.status', '=', 'active')
        .as('read'),
      eb
        .selectFrom('notice_receipts as r')
        .innerJoin('people as rp', 'rp.id', 'r.person_id')
        .innerJoin('org_units as ru', 'ru.id', 'rp.org_unit_id')
        .select(eb.fn.countAll<string | number>().as('c'))
        .whereRef('r.notice_id', '=', 'n.id')
        .where('r.acknowledged_at', 'is not', null)
        .where(sql<boolean>`ru.path like u.path || '%'`)
        .where('rp.status', '=', 'active')
        .as('acknowledged'),
    ])
    .where((eb) => eb.or([eb('n.publisher_person_id', '=', personId), inSubtrees('u.path', roots)]))
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    ...r,
    members: Number(r.members ?? 0),
    read: Number(r.read ?? 0),
    acknowledged: Number(r.acknowledged ?? 0),
  }));
}
