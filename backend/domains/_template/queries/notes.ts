// The domain's queries: they read and write, and nothing else (rules decide, actions notify).
import type { Kysely, Transaction } from 'kysely';
import type { Schema } from '../../../data/schema';

export async function countNotes(db: Kysely<Schema>, personId: number): Promise<number> {
  const row = await db
    .selectFrom('template_notes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function addNote(trx: Transaction<Schema>, personId: number, text: string, at: string): Promise<void> {
  await trx.insertInto('template_notes').values({ person_id: personId, text, created_at: at }).execute();
}
