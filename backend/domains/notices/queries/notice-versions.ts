// Counting notice versions written lately: the cap on new text per hour (backend/domains/notices/rules/notice-audio.ts) is asked of
// the database, so every host of one database counts the same versions.
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';

type Db = Kysely<Schema> | Transaction<Schema>;

/** Versions written since `since`: by this person over all notices, and of one notice when named. */
export async function countRecentVersions(
  db: Db,
  personId: number,
  since: Date,
  noticeId?: number,
): Promise<{ person: number; notice?: number }> {
  const at = since.toISOString();
  const byPerson = await db
    .selectFrom('notice_versions')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('edited_by', '=', personId)
    .where('created_at', '>', at)
    .executeTakeFirstOrThrow();
  if (noticeId === undefined) return { person: Number(byPerson.n) };
  const ofNotice = await db
    .selectFrom('notice_versions')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('notice_id', '=', noticeId)
    .where('created_at', '>', at)
    .executeTakeFirstOrThrow();
  return { person: Number(byPerson.n), notice: Number(ofNotice.n) };
}
