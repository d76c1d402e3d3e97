// 扫码签到: the member scans the organiser's signed attendance code; forged, altered, expired codes and codes of
// another event are refused (readGrantingScene), and only someone with a seat is marked 已签到.
import { attendInput, type EventsApi } from '../../../../contracts/events';
import { findActiveEnrolment } from '../queries/events';
import { attendanceWindow } from '../rules/events';
import { chinaDateTimeWords } from '../../../common/china-time';
import { readGrantingScene } from '../../../scan/read-scene';
import { AppError } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { loadEvent } from '../access';

export const attend = action(
  {
    access: 'person',
    input: attendInput,
    limit: { points: 30, seconds: 60 },
  },
  async function attend({ scene, eventId }, ctx): Promise<EventsApi['attend']['output']> {
    const { deps, caller } = ctx;
    const facts = readGrantingScene(scene, 'attendance', deps);
    if (eventId !== undefined && facts.id !== eventId)
      throw new AppError('QR_INVALID', '这是另一个活动的签到二维码。请扫本活动现场的签到二维码。');
    const event = await loadEvent(deps, facts.id);
    if (event.cancelled_at) throw new AppError('EVENT_CANCELLED', '这个活动已经取消了，不用签到。');
    const now = deps.now();
    const window = attendanceWindow(now, event.start_at, event.end_at);
    if (window === 'early')
      throw new AppError(
        'ATTENDANCE_NOT_OPEN',
        `还没到签到时间。活动${chinaDateTimeWords(event.start_at)}开始，开始前一小时可以签到。`,
      );
    if (window === 'over') throw new AppError('QR_EXPIRED', '活动已经结束了，不能再签到。');
    const row = await findActiveEnrolment(deps.database.db, event.id, caller.person.id);
    const base = { eventId: event.id, title: event.title };
    if (!row || !['confirmed', 'promoted', 'attended'].includes(row.status)) {
      throw new AppError('NOT_SIGNED_UP', '您没有这个活动的报名名额，系统没有签到。请找工作人员登记。');
    }
    if (row.status === 'attended')
      return { ...base, status: 'attended' as const, message: `您已经签到过了，欢迎参加“${event.title}”。` };
    return ctx.transaction(async (trx, audit) => {
      const at = now.toISOString();
      const r = await trx
        .updateTable('enrolments')
        .set({ status: 'attended', attended_at: at, attended_how: 'scan', confirm_by: null })
        .where('id', '=', row.id)
        .where('status', 'in', ['confirmed', 'promoted'])
        .executeTakeFirst();
      await audit({
        entity: 'enrolment',
        entityId: row.id,
        before: { status: row.status },
        after: { status: 'attended', how: 'scan', changed: Number(r.numUpdatedRows) },
      });
      return { ...base, status: 'attended' as const, message: `签到成功！欢迎参加“${event.title}”。` };
    });
  },
);
