// The events domain's time-driven work, one idempotent job every minute (in WeChat the function's timer trigger
// runs the same job list): promotions not confirmed in time pass the seat on, lotteries with a system seed are
// drawn when their window closes, and everyone with a seat is reminded the day before. Each item is its own
// transaction that re-checks its condition under the event lock, so a repeated or overlapping run changes nothing.
import { none } from '../../../../contracts/fields';
import { activePeople, endEnrolment, EVENT_PAGE, lockEvent } from '../queries/events';
import { performDraw } from '../queries/draw';
import { tellDrawn, tellPromoted } from '../messages';
import { notify, notifyEach } from '../../../data/messages';
import { judgeDraw, shortTitle } from '../rules/events';
import { timeOfDayWords } from '../../../common/china-time';
import { defineJob, type JobContext } from '../../../jobs/define-job';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const BATCH = 200;

export const EVENTS_TICK = 'events.tick';

export const eventsTick = defineJob({
  kind: EVENTS_TICK,
  title: '活动的定时工作：排队轮到后确认到期、到时抽签、活动前一天提醒',
  payload: none,
  every: MINUTE_MS,
  timeoutMs: 55_000,
  async run(_payload, ctx) {
    const lapsed = await passOnLapsedPromotions(ctx);
    const drawn = await drawDueLotteries(ctx);
    const reminded = await remindTomorrow(ctx);
    if (lapsed + drawn + reminded > 0) ctx.log.info('events tick', { lapsed, drawn, reminded });
  },
});

export async function passOnLapsedPromotions({ deps, transaction }: JobContext): Promise<number> {
  const now = deps.now();
  const due = await deps.database.db
    .selectFrom('enrolments')
    .select(['id', 'event_id'])
    .where('status', '=', 'promoted')
    .where('confirm_by', '<=', now.toISOString())
    .orderBy('confirm_by')
    .limit(BATCH)
    .execute();
  let done = 0;
  for (const { id, event_id } of due) {
    done += await transaction(async (trx, audit) => {
      const event = await lockEvent(trx, event_id);
      const row = await trx.selectFrom('enrolments').selectAll().where('id', '=', id).executeTakeFirst();
      if (
        !event ||
        !row ||
        row.status !== 'promoted' ||
        row.confirm_by === null ||
        Date.parse(row.confirm_by) > now.getTime()
      )
        return 0;
      const ended = await endEnrolment(trx, event, row, { by: null, reason: 'lapsed', now });
      await tellPromoted(trx, event, ended, now);
      await notify(
        trx,
        row.person_id,
        {
          kind: 'event_lapsed',
          text: `“${shortTitle(event.title)}”的名额没有按时确认参加，已经让给下一位。`,
          link: { page: EVENT_PAGE, params: { id: String(event.id) } },
        },
        now,
      );
      await audit({
        entity: 'enrolment',
        entityId: row.id,
        before: { status: 'promoted', confirmBy: row.confirm_by },
        after: { status: 'cancelled', reason: 'lapsed', promoted: ended.promotedPersonId },
      });
      return 1;
    });
  }
  return done;
}

export async function drawDueLotteries({ deps, transaction }: JobContext): Promise<number> {
  const now = deps.now();
  const due = await deps.database.db
    .selectFrom('events')
    .select('id')
    .where('mode', '=', 'lottery')
    .where('seed_by', '=', 'system')
    .where('drawn_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .where('signup_closes_at', '<=', now.toISOString())
    .limit(BATCH)
    .execute();
  let done = 0;
  for (const { id } of due) {
    done += await transaction(async (trx, audit) => {
      const event = await lockEvent(trx, id);
      // Judged again on the locked row: a close extended since the list above was read is the one that counts.
      const seed = event?.seed;
      if (
        !event ||
        !seed ||
        event.seed_by !== 'system' ||
        !judgeDraw({
          now,
          signupClosesAt: event.signup_closes_at,
          drawn: event.drawn_at !== null,
          cancelled: event.cancelled_at !== null,
        }).ok
      )
        return 0;
      const outcome = await performDraw(trx, event, seed, now);
      await tellDrawn(trx, event, outcome, now);
      await audit({
        entity: 'event',
        entityId: event.id,
        after: {
          drawn: true,
          by: 'system',
          seedHash: event.seed_hash,
          winners: outcome.winners.length,
          waitlist: outcome.waitlist.length,
        },
      });
      return 1;
    });
  }
  return done;
}

export async function remindTomorrow({ deps, transaction }: JobContext): Promise<number> {
  const now = deps.now();
  const due = await deps.database.db
    .selectFrom('events')
    .select('id')
    .where('reminded_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .where('start_at', '>', now.toISOString())
    .where('start_at', '<=', new Date(now.getTime() + DAY_MS).toISOString())
    .limit(BATCH)
    .execute();
  let done = 0;
  for (const { id } of due) {
    done += await transaction(async (trx, audit) => {
      const event = await lockEvent(trx, id);
      if (!event || event.reminded_at || event.cancelled_at) return 0;
      await trx.updateTable('events').set({ reminded_at: now.toISOString() }).where('id', '=', event.id).execute();
      const people = await activePeople(trx, event.id, ['confirmed', 'promoted']);
      if (people.length > 0) {
        await notifyEach(
          trx,
          people,
          {
            kind: 'event_reminder',
            text: `提醒：“${shortTitle(event.title, 14)}”${timeOfDayWords(event.start_at, now)}开始，地点：${event.place.slice(0, 12)}。`,
            link: { page: EVENT_PAGE, params: { id: String(event.id) } },
            subscribe: {
              template: 'event_reminder',
              data: { title: event.title.slice(0, 20), time: event.start_at, place: event.place.slice(0, 20) },
            },
          },
          now,
        );
      }
      await audit({ entity: 'event', entityId: event.id, after: { reminded: people.length } });
      return 1;
    });
  }
  return done;
}
