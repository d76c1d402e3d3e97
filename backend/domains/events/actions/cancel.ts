// 取消报名: ends the person's enrolment; a seat it held passes to the first on the waitlist in the same transaction.
import { cancelSignUpInput, type EventsApi } from '../../../../contracts/events';
import { endEnrolment, findActiveEnrolment, lockEvent } from '../queries/events';
import { tellPromoted } from '../messages';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadEvent, NO_EVENT, participant } from '../access';

export const cancel = action(
  {
    access: 'person',
    input: cancelSignUpInput,
    limit: { points: 60, seconds: 60 },
  },
  async function cancel({ eventId, forPersonId }, ctx): Promise<EventsApi['cancel']['output']> {
    const { deps, caller } = ctx;
    const event = await loadEvent(deps, eventId);
    const who = await participant(deps, caller, forPersonId);
    const personId = who.profile.person.id;
    if (event.cancelled_at) throw new AppError('EVENT_CANCELLED', '这个活动已经取消了，报名也都随之取消，不用再操作。');
    const now = deps.now();
    if (now.getTime() >= Date.parse(event.start_at))
      throw fail.conflict('活动已经开始了，不能再取消报名。如有需要，请联系组织活动的同志。');
    return ctx.transaction(async (trx, audit) => {
      const locked = await lockEvent(trx, event.id);
      if (!locked) throw fail.notFound(NO_EVENT);
      const row = await findActiveEnrolment(trx, event.id, personId);
      if (!row)
        throw new AppError(
          'NOT_SIGNED_UP',
          who.onBehalf ? `${who.profile.person.name}没有报名这个活动，不用取消。` : '您没有报名这个活动，不用取消。',
        );
      if (row.status === 'attended') throw fail.conflict('已经签到了，不能再取消报名。');
      const ended = await endEnrolment(trx, locked, row, {
        by: caller.person.id,
        reason: who.onBehalf ? 'other' : 'self',
        now,
      });
      await tellPromoted(trx, locked, ended, now);
      await audit({
        entity: 'enrolment',
        entityId: row.id,
        before: { status: row.status },
        after: { status: 'cancelled', by: caller.person.id, promoted: ended.promotedPersonId },
      });
      return {
        status: 'cancelled' as const,
        promotedPersonId: ended.promotedPersonId,
        message: who.onBehalf
          ? `已为${who.profile.person.name}取消报名“${locked.title}”。`
          : `已取消报名“${locked.title}”。如果想参加，可以再报名。`,
      };
    });
  },
);
