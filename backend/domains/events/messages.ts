// What the events domain tells people after a change, written in the change's transaction. The queries
// (queries/) only report what happened; the handler or job that made the change calls these.
import type { Transaction } from 'kysely';
import type { DrawOutcome } from './rules/lottery';
import { promotedSentence, shortTitle } from './rules/events';
import { EVENT_PAGE, type Ended, type EventRow } from './queries/events';
import { notify, notifyEach } from '../../data/messages';
import type { Schema } from '../../data/schema';

/** Tells whoever moved up into a freed seat (endEnrolment's answer); nothing when nobody did. */
export async function tellPromoted(trx: Transaction<Schema>, event: EventRow, ended: Ended, now: Date): Promise<void> {
  if (ended.promotedPersonId === null) return;
  const deadline = ended.confirmBy;
  await notify(
    trx,
    ended.promotedPersonId,
    {
      kind: 'event_promoted',
      text: promotedSentence(event.title, deadline),
      link: { page: EVENT_PAGE, params: { id: String(event.id) } },
      subscribe: {
        template: 'event_promoted',
        data: { title: event.title.slice(0, 20), time: event.start_at, deadline: deadline?.toISOString() ?? '' },
      },
    },
    now,
  );
}

/** Tells every applicant of a lottery how the draw (performDraw) went for them. */
export async function tellDrawn(
  trx: Transaction<Schema>,
  event: EventRow,
  outcome: DrawOutcome,
  now: Date,
): Promise<void> {
  const link = { page: EVENT_PAGE, params: { id: String(event.id) } };
  const title = shortTitle(event.title, 14);
  if (outcome.winners.length > 0) {
    await notifyEach(
      trx,
      outcome.winners,
      {
        kind: 'event_drawn',
        text: `抽签结果：恭喜您抽中了“${title}”，请准时参加。`,
        link,
        subscribe: { template: 'event_drawn', data: { title: event.title.slice(0, 20), result: '已抽中' } },
      },
      now,
    );
  }
  if (outcome.waitlist.length > 0) {
    await notifyEach(
      trx,
      outcome.waitlist,
      {
        kind: 'event_drawn',
        text: `抽签结果：“${title}”这次没有抽中，您已排队等空位，有空位会通知您。`,
        link,
        subscribe: { template: 'event_drawn', data: { title: event.title.slice(0, 20), result: '排队等空位' } },
      },
      now,
    );
  }
}
