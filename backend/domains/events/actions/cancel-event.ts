// 取消活动: the organiser calls it off with a reason; every active enrolment ends (kept, marked as ended by the event,
// so the roster still lists whom to phone) and each person is told the reason, in one transaction.
import { cancelEventInput, type EventsApi } from '../../../../contracts/events';
import { SCOPES } from '../../../../contracts/roles';
import { EVENT_PAGE, lockEvent, toDetail, unitName } from '../queries/events';
import { notifyEach } from '../../../data/messages';
import { eventCancelledSentence } from '../rules/events';
import { chinaDateWords } from '../../../common/china-time';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadManagedEvent, NO_EVENT } from '../access';

export const cancelEvent = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: cancelEventInput,
    limit: { points: 30, seconds: 600 },
  },
  async function cancelEvent(input, ctx): Promise<EventsApi['cancelEvent']['output']> {
    const { deps, caller } = ctx;
    const managed = await loadManagedEvent(deps, caller, input.eventId);
    const audienceName = await unitName(deps.database.db, managed.audience_org_unit_id);
    const now = deps.now();
    const at = now.toISOString();
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockEvent(trx, input.eventId);
      if (!locked) throw fail.notFound(NO_EVENT);
      if (locked.cancelled_at) throw new AppError('EVENT_CANCELLED', '这个活动已经取消过了。');
      const people = await trx
        .selectFrom('enrolments')
        .select(['person_id', 'term'])
        .where('event_id', '=', locked.id)
        .where('active', '=', 1)
        .execute();
      await trx
        .updateTable('enrolments')
        .set({
          status: 'cancelled',
          active: 0,
          cancelled_at: at,
          cancelled_by: caller.person.id,
          cancel_reason: 'event',
          confirm_by: null,
        })
        .where('event_id', '=', locked.id)
        .where('active', '=', 1)
        .execute();
      for (const p of people) {
        if (p.term !== null)
          await trx
            .updateTable('term_loads')
            .set((eb) => ({ courses: eb('courses', '-', 1) }))
            .where('person_id', '=', p.person_id)
            .where('term', '=', p.term)
            .where('courses', '>', 0)
            .execute();
      }
      const row = await trx
        .updateTable('events')
        .set({
          cancelled_at: at,
          cancel_reason: input.reason,
          confirmed: 0,
          waitlisted: 0,
          applicants: 0,
          updated_at: at,
        })
        .where('id', '=', locked.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      if (people.length > 0) {
        await notifyEach(
          trx,
          people.map((p) => p.person_id),
          {
            kind: 'event_cancelled',
            text: eventCancelledSentence(chinaDateWords(row.start_at).replace(/^\d+年/, ''), row.title, input.reason),
            link: { page: EVENT_PAGE, params: { id: String(row.id) } },
            subscribe: {
              template: 'event_changed',
              data: { title: row.title.slice(0, 20), time: row.start_at, place: '活动已取消' },
            },
          },
          now,
        );
      }
      await audit({
        entity: 'event',
        entityId: row.id,
        before: { cancelled: false, active: people.length },
        after: { cancelled: true, reason: input.reason },
      });
      return { event: toDetail(row, audienceName, true), told: people.length };
    });
  },
);
