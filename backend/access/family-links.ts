// Family links: "this person may act for that one". A member shows a 家人码 and a relative who redeems it may act for
// the member — sign up and cancel for events today, ask the time bank for help on the member's behalf next. The
// links belong to people (the account actions make and remove them); domains only ask here.
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../data/schema';

type Db = Kysely<Schema> | Transaction<Schema>;

/** True when `memberId` linked `relativeId` as family: the relative may act for the member. */
export async function isLinkedRelative(db: Db, memberId: number, relativeId: number): Promise<boolean> {
  const link = await db
    .selectFrom('family_links')
    .select('id')
    .where('member_id', '=', memberId)
    .where('relative_id', '=', relativeId)
    .executeTakeFirst();
  return link !== undefined;
}
