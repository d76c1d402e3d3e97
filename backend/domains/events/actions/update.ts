// 修改活动: the organiser changes details; everyone signed up is told. Capacity cannot drop below the seats taken.
// A lottery's close and capacity are frozen once anyone applied, except a later close, announced (docs/LOTTERY.md).
import { updateEventInput, type EventsApi } from '../../../../contracts/events';
import { SCOPES } from '../../../../contracts/roles';
import { activePeople, EVENT_PAGE, lockEvent, toDetail, unitName } from '../queries/events';
import { notifyEach } from '../../../data/messages';
import { eventTimesProblem, judgeLotteryChange, shortTitle } from '../rules/events';
import { chinaDateTimeWords } from '../../../common/china-time';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadManagedEvent, NO_EVENT } from '../access';

export const update = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: updateEventInput,
    limit: { points: 30, seconds: 600 },
  },
  async function update(input, ctx): Promise<EventsApi['update']['output']> {
    const { deps, caller } = ctx;
    const before = await loadManagedEvent(deps, caller, input.eventId);
    if (before.cancelled_at) throw fail.conflict('这个活动已经取消了，不能再修改。');
    // What the event would become: fields not sent keep the given row's values.
    const nextOf = (row: typeof before) => ({
      startAt: input.startAt ?? row.start_at,
      endAt: input.endAt ?? row.end_at,
      signupOpensAt: input.signupOpensAt ?? row.signup_opens_at,
      signupClosesAt: input.signupClosesAt ?? row.signup_closes_at,
      capacity: input.capacity ?? row.capacity,
    });
    const problem = eventTimesProblem(nextOf(before));
    if (problem) throw fail.validation(problem);
    const now = deps.now();
    const at = now.toISOString();
    const audienceName = await unitName(deps.database.db, before.audience_org_unit_id);
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockEvent(trx, before.id);
      if (!locked) throw fail.notFound(NO_EVENT);
      // Judged on the locked row: an application or an extension landing at the same moment counts, and a field not
      // sent is never written back with a value read before the lock.
      const next = nextOf(locked);
      const lockedProblem = eventTimesProblem(next);
      if (lockedProblem) throw fail.validation(lockedProblem);
      const lottery = judgeLotteryChange({
        now,
        mode: locked.mode,
        hasApplications: locked.applicants > 0 || locked.drawn_at !== null,
        drawn: locked.drawn_at !== null,
        before: { signupClosesAt: locked.signup_closes_at, capacity: locked.capacity },
        next: { signupClosesAt: next.signupClosesAt, capacity: next.capacity },
      });
      if (!lottery.ok) throw fail.conflict(lottery.message);
      if (next.capacity < locked.confirmed)
        throw fail.validation(`已经有 ${locked.confirmed} 人报名成功，名额不能少于 ${locked.confirmed} 个。`);
      const row = await trx
        .updateTable('events')
        .set({
          title: input.title ?? locked.title,
          description: input.description ?? locked.description,
          place: input.place ?? locked.place,
          start_at: next.startAt,
          end_at: next.endAt,
          signup_opens_at: next.signupOpensAt,
          signup_closes_at: next.signupClosesAt,
          capacity: next.capacity,
          // A moved event is reminded of again, the day before its new start.
          reminded_at: next.startAt === locked.start_at ? locked.reminded_at : null,
          updated_at: at,
        })
        .where('id', '=', locked.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const people = await activePeople(trx, row.id, ['confirmed', 'promoted', 'waitlisted', 'applied']);
      const changedWhenOrWhere = row.start_at !== locked.start_at || row.place !== locked.place;
      const changed = changedWhenOrWhere || row.title !== locked.title;
      // A later close of a lottery with applicants is announced: the draw moves with it.
      const extended = lottery.extended && people.length > 0;
      if (people.length > 0 && (changed || extended)) {
        const title = shortTitle(row.title);
        await notifyEach(
          trx,
          people,
          {
            kind: 'event_changed',
            text:
              extended && !changed
                ? `您申请抽签的“${title}”报名截止时间延后到${chinaDateTimeWords(row.signup_closes_at)}，抽签也随之延后。`
                : `您报名的“${title}”有变动，请打开查看新的时间和地点。`,
            link: { page: EVENT_PAGE, params: { id: String(row.id) } },
            subscribe: {
              template: 'event_changed',
              data: { title: row.title.slice(0, 20), time: row.start_at, place: row.place.slice(0, 20) },
            },
          },
          now,
        );
      }
      await audit({
        entity: 'event',
        entityId: row.id,
        before: {
          title: locked.title,
          place: locked.place,
          startAt: locked.start_at,
          capacity: locked.capacity,
          signupClosesAt: locked.signup_closes_at,
        },
        after: {
          title: row.title,
          place: row.place,
          startAt: row.start_at,
          capacity: row.capacity,
          signupClosesAt: row.signup_closes_at,
        },
      });
      return { event: toDetail(row, audienceName, true), told: changed || extended ? people.length : 0 };
    });
  },
);
