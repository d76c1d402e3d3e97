// 撤销签退: a volunteer who pressed 签退 by mistake takes it back within UNDO_CHECK_OUT_MINUTES, and goes on serving
// as if she had never checked out. Only her own check-out (not the automatic one at the shift's end), only while
// nobody has acted on the record and no other record has started, and the hours the check-out credited leave the
// ledger in the same transaction, so they are never counted twice nor left counted. After the window, 申请更正.
import { recordIdInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { isUniqueViolation } from '../../../common/db-errors';
import { AppError, fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { findOpenRecord, findPost, reopenRecord, scheduleAutoCheckOut, shiftOfRecord } from '../queries/volunteer';
import { autoCheckOutAt, canUndoCheckOut, UNDO_CHECK_OUT_MINUTES } from '../rules/hours';
import { CLOCK_ROLES } from './clock';

const TOO_LATE = `签退已经超过${UNDO_CHECK_OUT_MINUTES}分钟，不能撤销了。如果时间不对，请在“我的服务记录”里按这条记录，申请更正。`;
const ALREADY_UNDONE = '这次签退已经撤销了，您正在服务，不用再撤销。服务结束时再扫码签退。';
const HANDLED = '驿站负责人已经处理过这条记录，不能撤销签退了。如果时间不对，请在“我的服务记录”里申请更正。';

export const undoCheckOut = action(
  {
    access: { roles: CLOCK_ROLES },
    input: recordIdInput,
    limit: { points: 10, seconds: 60 },
  },
  async function undoCheckOut({ recordId }, ctx): Promise<VolunteerApi['undoCheckOut']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const personId = caller.person.id;
    const now = deps.now();
    const record = await db.selectFrom('vol_records').selectAll().where('id', '=', recordId).executeTakeFirst();
    // Another person's record is answered as missing: its existence is not the caller's business.
    if (!record || record.person_id !== personId) throw fail.notFound('没有找到您的这条服务记录。');
    if (record.status === 'open' || record.check_out_at === null) throw fail.conflict(ALREADY_UNDONE);
    const flags = JSON.parse(record.flags_json) as string[];
    if (flags.includes('auto_check_out'))
      throw fail.conflict('这次是到了班次结束时间自动签退的，不能撤销。如果时间不对，请在“我的服务记录”里申请更正。');
    if (!canUndoCheckOut(new Date(record.check_out_at), now)) throw fail.conflict(TOO_LATE);
    if (record.status !== 'pending' && record.status !== 'not_counted') throw fail.conflict(HANDLED);
    const touched = await db
      .selectFrom('vol_corrections')
      .select('id')
      .where('record_id', '=', recordId)
      .unionAll(db.selectFrom('vol_correction_requests').select('id').where('record_id', '=', recordId))
      .executeTakeFirst();
    if (touched) throw fail.conflict(HANDLED);
    const open = await findOpenRecord(db, personId);
    const later = await db
      .selectFrom('vol_records')
      .select('id')
      .where('person_id', '=', personId)
      .where('id', '<>', recordId)
      .where('check_in_at', '>=', record.check_out_at)
      .executeTakeFirst();
    if (open || later)
      throw fail.conflict('您签退以后已经又签到了，这次签退不能撤销。如果时间不对，请在“我的服务记录”里申请更正。');
    const post = await findPost(db, record.post_id);

    try {
      return await ctx.transaction(async (trx, audit) => {
        const reopened = await reopenRecord(trx, recordId, record.check_out_at!, personId, now);
        if (!reopened) throw fail.conflict(ALREADY_UNDONE);
        // The forgotten-签退 job was withdrawn at check-out; a reopened record needs it again.
        await scheduleAutoCheckOut(
          trx,
          recordId,
          autoCheckOutAt(new Date(record.check_in_at), shiftOfRecord(record)),
          now,
        );
        await audit({
          entity: 'vol_record',
          entityId: recordId,
          before: { status: record.status, checkOutAt: record.check_out_at, served: record.served_minutes },
          after: { status: 'open', minutesTakenBack: reopened.minutesTakenBack },
        });
        return {
          record: { id: recordId, checkInAt: record.check_in_at, postName: post?.name ?? '' },
          message: '签退已经撤销，您正在服务。服务结束时请再扫一次签退。',
        };
      });
    } catch (err) {
      if (isUniqueViolation(err))
        throw new AppError('CONFLICT', '您已经在另一台手机上签到了，这次签退不能撤销。请先在那里签退。');
      throw err;
    }
  },
);
