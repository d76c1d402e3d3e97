// A lottery's draw, in the caller's transaction: applicants ranked by the published algorithm
// (backend/domains/events/rules/lottery.ts, docs/LOTTERY.md), the first `capacity` seated, the rest waitlisted in rank order,
// the inputs and result kept for anyone to check. Used by events.draw (the organiser reveals the seed) and the job
// (system seed), which then tell everyone (tellDrawn, backend/messages/events.ts).
import type { Transaction } from 'kysely';
import { drawLottery, type DrawOutcome } from '../rules/lottery';
import type { EventRow } from './events';
import type { Schema } from '../../../data/schema';

export async function performDraw(
  trx: Transaction<Schema>,
  event: EventRow,
  seed: string,
  now: Date,
): Promise<DrawOutcome> {
  const at = now.toISOString();
  const applied = await trx
    .selectFrom('enrolments')
    .select(['id', 'person_id'])
    .where('event_id', '=', event.id)
    .where('active', '=', 1)
    .where('status', '=', 'applied')
    .execute();
  const outcome = drawLottery(
    seed,
    applied.map((a) => a.person_id),
    event.capacity,
  );
  const rowOf = new Map(applied.map((a) => [a.person_id, a.id]));
  for (const personId of outcome.winners) {
    await trx.updateTable('enrolments').set({ status: 'confirmed' }).where('id', '=', rowOf.get(personId)!).execute();
  }
  for (const [i, personId] of outcome.waitlist.entries()) {
    await trx
      .updateTable('enrolments')
      .set({ status: 'waitlisted', waitlist_no: i + 1 })
      .where('id', '=', rowOf.get(personId)!)
      .execute();
  }
  await trx
    .updateTable('events')
    .set({
      seed,
      drawn_at: at,
      draw_json: JSON.stringify(outcome),
      confirmed: outcome.winners.length,
      waitlisted: outcome.waitlist.length,
      waitlist_seq: outcome.waitlist.length,
      applicants: 0,
      updated_at: at,
    })
    .where('id', '=', event.id)
    .execute();
  return outcome;
}
