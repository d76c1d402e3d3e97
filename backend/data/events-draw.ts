// A lottery's draw, in one transaction: applicants ranked by the published algorithm (backend/rules/events-lottery.ts,
// docs/LOTTERY.md), the first `capacity` seated, the rest waitlisted in rank order, everyone told, the inputs and
// result kept for anyone to check. Used by events.draw (the organiser reveals the seed) and the job (system seed).
import type { Transaction } from 'kysely';
import { drawLottery, type DrawOutcome } from '../rules/events-lottery';
import { shortTitle } from '../rules/events';
import { EVENT_PAGE, type EventRow } from './events';
import { notifyEach } from './messages';
import type { Schema } from './schema';

export async function performDraw(trx: Transaction<Schema>, event: EventRow, seed: string, now: Date): Promise<DrawOutcome> {
  const at = now.toISOString();
  const applied = await trx.selectFrom('enrolments').select(['id', 'person_id']).where('event_id', '=', event.id).where('active', '=', 1).where('status', '=', 'applied').execute();
  const outcome = drawLottery(seed, applied.map((a) => a.person_id), event.capacity);
  const rowOf = new Map(applied.map((a) => [a.person_id, a.id]));
  for (const personId of outcome.winners) {
    await trx.updateTable('enrolments').set({ status: 'confirmed' }).where('id', '=', rowOf.get(personId)!).execute();
  }
  for (const [i, personId] of outcome.waitlist.entries()) {
    await trx.updateTable('enrolments').set({ status: 'waitlisted', waitlist_no: i + 1 }).where('id', '=', rowOf.get(personId)!).execute();
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
  const link = { page: EVENT_PAGE, params: { id: String(event.id) } };
  const title = shortTitle(event.title, 14);
  if (outcome.winners.length > 0) {
    await notifyEach(trx, outcome.winners, { kind: 'event_drawn', text: `抽签结果：恭喜您抽中了“${title}”，请准时参加。`, link, subscribe: { template: 'event_drawn', data: { title: event.title.slice(0, 20), result: '已抽中' } } }, now);
  }
  if (outcome.waitlist.length > 0) {
    await notifyEach(trx, outcome.waitlist, { kind: 'event_drawn', text: `抽签结果：“${title}”这次没有抽中，您已排进候补。`, link, subscribe: { template: 'event_drawn', data: { title: event.title.slice(0, 20), result: '候补' } } }, now);
  }
  return outcome;
}
