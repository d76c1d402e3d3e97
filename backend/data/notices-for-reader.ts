// The notices a member is shown, read when she asks: those addressed to a unit on her own path (an index lookup per
// ancestor), published, not expired, not withdrawn, each with her receipt. Nothing is written per person when a
// notice is published, so a notice to a whole city costs one row and reaches 42,000 members at once. Two domains
// read it: notices (通知公告 and its badge) and account (我的消息 and its count).
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from './schema';

type Db = Kysely<Schema> | Transaction<Schema>;

/** Notices showing now on the units of `unitIds` (a member's path), each joined to this person's receipt as `r`. */
export function showingNoticesOn(db: Db, personId: number, unitIds: readonly number[], now: Date) {
  const at = now.toISOString();
  return db
    .selectFrom('notices as n')
    .leftJoin('notice_receipts as r', (j) => j.onRef('r.notice_id', '=', 'n.id').on('r.person_id', '=', personId))
    .where('n.audience_org_unit_id', 'in', [...unitIds])
    .where('n.withdrawn_at', 'is', null)
    .where('n.publish_at', '<=', at)
    .where((eb) => eb.or([eb('n.expires_at', 'is', null), eb('n.expires_at', '>', at)]));
}

/** Showing notices on these units the person has not opened. */
export async function countUnopenedNotices(
  db: Db,
  personId: number,
  unitIds: readonly number[],
  now: Date,
): Promise<number> {
  const { count } = await showingNoticesOn(db, personId, unitIds, now)
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .where('r.notice_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(count);
}

/**
 * Showing notices still waiting for the person, newest first: not opened yet, or asking for 收到 she has not given.
 * 我的消息 lists them; once read (and confirmed where asked) they stay only in 通知公告.
 */
export async function waitingNoticesFor(
  db: Db,
  personId: number,
  unitIds: readonly number[],
  now: Date,
  limit: number,
) {
  return showingNoticesOn(db, personId, unitIds, now)
    .innerJoin('org_units as u', 'u.id', 'n.audience_org_unit_id')
    .select([
      'n.id',
      'n.title',
      'n.importance',
      'n.needs_ack',
      'n.publish_at',
      'u.name as audience_name',
      'r.read_at',
      'r.acknowledged_at',
    ])
    .where((eb) =>
      eb.or([eb('r.notice_id', 'is', null), eb.and([eb('n.needs_ack', '=', 1), eb('r.acknowledged_at', 'is', null)])]),
    )
    .orderBy('n.publish_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(limit)
    .execute();
}
