// 手工签到: the organiser marks someone present (or takes it back: 撤销) by hand, e.g. a member without a phone. Only
// from the event's day on (rules/events.ts handMarkingProblem); a repeat of what is already recorded writes nothing.
import { markAttendanceInput, type EventsApi } from '../../../../contracts/events';
import { SCOPES } from '../../../../contracts/roles';
import { findActiveEnrolment } from '../queries/events';
import { handMarkingProblem } from '../rules/events';
import { AppError } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadManagedEvent } from '../access';

export const markAttendance = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: markAttendanceInput,
    limit: { points: 300, seconds: 60 },
  },
  async function markAttendance({ eventId, personId, attended }, ctx): Promise<EventsApi['markAttendance']['output']> {
    const { deps, caller } = ctx;
    const event = await loadManagedEvent(deps, caller, eventId);
    const early = handMarkingProblem(deps.now(), event.start_at);
    if (early) throw new AppError('ATTENDANCE_NOT_OPEN', early);
    const row = await findActiveEnrolment(deps.database.db, event.id, personId);
    if (!row || !['confirmed', 'promoted', 'attended'].includes(row.status))
      throw new AppError('NOT_SIGNED_UP', '这位同志没有这个活动的报名名额，不能登记签到。');
    const status = attended ? ('attended' as const) : ('confirmed' as const);
    if (row.status === status) return { personId, status };
    return ctx.transaction(async (trx, audit) => {
      await trx
        .updateTable('enrolments')
        .set(
          attended
            ? { status, attended_at: deps.now().toISOString(), attended_how: 'hand', confirm_by: null }
            : { status, attended_at: null, attended_how: null },
        )
        .where('id', '=', row.id)
        .execute();
      await audit({
        entity: 'enrolment',
        entityId: row.id,
        before: { status: row.status },
        after: { status, how: 'hand', by: caller.person.id },
      });
      return { personId, status };
    });
  },
);
