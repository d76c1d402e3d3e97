// 报名班次: a volunteer takes a place in one occurrence of a weekly shift, while there is room and before it ends.
// The place and the evening-before reminder are written together.
import { occurrenceInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { SCOPES } from '../../../../contracts/roles';
import { scheduleJob } from '../../../data/jobs';
import { isUniqueViolation } from '../../../common/db-errors';
import { lockForUpdate } from '../../../common/row-locks';
import { findPost, occurrenceView, shiftReminderKey, SHIFT_REMINDER_JOB } from '../queries/volunteer';
import { occurrenceOn, reminderTime } from '../rules/shifts';
import { chinaDateTimeWords } from '../../../common/china-time';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

export const joinShift = action(
  {
    access: { roles: SCOPES.serve },
    input: occurrenceInput,
    limit: { points: 30, seconds: 60 },
  },
  async function joinShift({ shiftId, occursOn }, ctx): Promise<VolunteerApi['joinShift']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const shift = await db.selectFrom('vol_shifts').selectAll().where('id', '=', shiftId).executeTakeFirst();
    if (!shift) throw fail.notFound('没有找到这个班次，它可能已经取消了。');
    const post = await findPost(db, shift.post_id);
    const o = occurrenceOn(shift, occursOn);
    if (!o || !post) throw fail.validation('这一天没有这个班次，请重新选择日期。');
    const now = deps.now();
    if (o.end.getTime() <= now.getTime()) throw new AppError('SIGNUP_CLOSED', '这个班次已经结束了，请报名以后的班次。');
    try {
      return await ctx.transaction(async (trx, audit) => {
        // Racing joins of one shift wait here (PostgreSQL), so the count below cannot be stale.
        await lockForUpdate(trx, 'vol_shifts', shift.id);
        const taken = Number(
          (
            await trx
              .selectFrom('vol_signups')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('shift_id', '=', shift.id)
              .where('occurs_on', '=', occursOn)
              .executeTakeFirstOrThrow()
          ).n,
        );
        if (taken >= shift.capacity)
          throw new AppError('SHIFT_FULL', `这个班次的 ${shift.capacity} 个名额已经满了，请选择别的时间。`);
        const { id } = await trx
          .insertInto('vol_signups')
          .values({
            shift_id: shift.id,
            person_id: caller.person.id,
            occurs_on: occursOn,
            created_at: now.toISOString(),
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        const remindAt = reminderTime(occursOn);
        if (remindAt.getTime() > now.getTime()) {
          await scheduleJob(
            trx,
            { kind: SHIFT_REMINDER_JOB, payload: { signupId: id }, dedupeKey: shiftReminderKey(id), runAt: remindAt },
            now,
          );
        }
        await audit({ entity: 'vol_signup', entityId: id, after: { shiftId: shift.id, occursOn } });
        return {
          occurrence: occurrenceView(shift, o, taken + 1, true),
          message: `报名成功：${chinaDateTimeWords(o.start)}，${post.name}，${shift.service}。前一天晚上会提醒您。`,
        };
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', '这个班次您已经报过名了。');
      throw err;
    }
  },
);
