// 确认参加: a member promoted from the waitlist confirms before the deadline; afterwards the seat has passed on.
import { confirmPromotionInput, type EventsApi } from '../../../../contracts/events';
import { findActiveEnrolment, lockEvent } from '../queries/events';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadEvent, NO_EVENT, participant } from '../access';

export const confirmPromotion = action(
  {
    access: 'person',
    input: confirmPromotionInput,
    limit: { points: 60, seconds: 60 },
  },
  async function confirmPromotion({ eventId, forPersonId }, ctx): Promise<EventsApi['confirmPromotion']['output']> {
    const { deps, caller } = ctx;
    const event = await loadEvent(deps, eventId);
    const who = await participant(deps, caller, forPersonId);
    const now = deps.now();
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockEvent(trx, event.id);
      if (!locked) throw fail.notFound(NO_EVENT);
      const row = await findActiveEnrolment(trx, event.id, who.profile.person.id);
      if (!row)
        throw new AppError('NOT_SIGNED_UP', '没有找到等您确认的名额。确认的时间可能已经过了，名额已经让给下一位。');
      if (row.status === 'confirmed' || row.status === 'attended')
        return { status: row.status, message: '已经确认过了，到时候请准时参加。' };
      if (row.status !== 'promoted') throw fail.conflict('您还在排队等空位，轮到您时会通知您按“确认参加”。');
      if (row.confirm_by !== null && now.getTime() > Date.parse(row.confirm_by))
        throw fail.conflict('确认的时间已经过了，名额已经让给下一位。');
      await trx
        .updateTable('enrolments')
        .set({ status: 'confirmed', confirm_by: null })
        .where('id', '=', row.id)
        .execute();
      await audit({
        entity: 'enrolment',
        entityId: row.id,
        before: { status: 'promoted' },
        after: { status: 'confirmed', by: caller.person.id },
      });
      return { status: 'confirmed' as const, message: `已确认参加“${locked.title}”，到时候请准时参加。` };
    });
  },
);
