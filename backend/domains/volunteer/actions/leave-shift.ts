// 取消报名: a volunteer gives back their place before the shift starts; the reminder goes with it.
import { occurrenceInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { SCOPES } from '../../../../contracts/roles';
import { cancelJob } from '../../../data/jobs';
import { shiftReminderKey } from '../queries/volunteer';
import { occurrenceOn } from '../rules/shifts';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

export const leaveShift = action(
  {
    access: { roles: SCOPES.serve },
    input: occurrenceInput,
    limit: { points: 30, seconds: 60 },
  },
  async function leaveShift({ shiftId, occursOn }, ctx): Promise<VolunteerApi['leaveShift']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const shift = await db.selectFrom('vol_shifts').selectAll().where('id', '=', shiftId).executeTakeFirst();
    const o = shift ? occurrenceOn(shift, occursOn) : null;
    if (!shift || !o) throw fail.notFound('没有找到这个班次。');
    const signup = await db
      .selectFrom('vol_signups')
      .select('id')
      .where('shift_id', '=', shiftId)
      .where('occurs_on', '=', occursOn)
      .where('person_id', '=', caller.person.id)
      .executeTakeFirst();
    if (!signup) return { left: false, message: '您没有报名这个班次，不需要取消。' };
    if (o.start.getTime() <= deps.now().getTime())
      throw new AppError('SIGNUP_CLOSED', '这个班次已经开始了，不能再取消。如有变化，请告诉驿站负责人。');
    return ctx.transaction(async (trx, audit) => {
      await trx.deleteFrom('vol_signups').where('id', '=', signup.id).execute();
      await cancelJob(trx, shiftReminderKey(signup.id));
      await audit({ entity: 'vol_signup', entityId: signup.id, before: { shiftId, occursOn } });
      return { left: true, message: '已经取消报名，名额留给其他志愿者。' };
    });
  },
);
