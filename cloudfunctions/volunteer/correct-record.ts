// 更正记录: a manager of the post sets a record's hours, with a reason. The record and its first transfer stay as
// they were: the correction is a new row, and the ledger moves only the difference. It answers the volunteer's
// open request for that record, if any, and tells the volunteer.
import { correctRecordInput, type VolunteerApi } from '../../contracts/volunteer';
import { notify } from '../../backend/data/messages';
import { loadServiceRecords, recordMinutes, writeTransfer } from '../../backend/data/volunteer';
import { chinaDay } from '../../backend/rules/china-day';
import { hoursOf, minutesOfHours } from '../../backend/rules/volunteer-hours';
import { correctionTransfer } from '../../backend/rules/volunteer-ledger';
import { fail } from '../../backend/runtime/app-error';
import { action } from '../../backend/runtime/define-function';
import { MANAGER_ROLES } from './create-shift';
import { requireManagedRecord } from './managed-records';
import { RECORDS_PAGE } from './pages';

export const correctRecord = action({
  access: { roles: MANAGER_ROLES },
  input: correctRecordInput,
  limit: { points: 60, seconds: 60 },
  async run({ recordId, hours, reason, correctionRequestId }, ctx): Promise<VolunteerApi['correctRecord']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const minutes = minutesOfHours(hours);
    if (minutes === null) throw fail.validation('更正后的时长要在 0 到 24 小时之间。');
    const { record, post } = await requireManagedRecord(ctx, recordId, '更正');
    const request = correctionRequestId
      ? await db.selectFrom('vol_correction_requests').selectAll().where('id', '=', correctionRequestId).executeTakeFirst()
      : await db.selectFrom('vol_correction_requests').selectAll().where('record_id', '=', recordId).where('status', '=', 'open').executeTakeFirst();
    if (correctionRequestId && (!request || request.record_id !== recordId)) throw fail.notFound('没有找到这条更正申请。');
    if (request && request.status !== 'open' && correctionRequestId) throw fail.conflict('这条更正申请已经答复过了。');
    const now = deps.now();

    return ctx.transaction(async (trx, audit) => {
      const before = await recordMinutes(trx, record.id);
      const plan = correctionTransfer(post.id, record.person_id, before, minutes);
      const transferId = plan
        ? await writeTransfer(trx, plan, { recordId: record.id, reason, createdBy: caller.person.id, servedOn: chinaDay(new Date(record.check_in_at)), at: now.toISOString() })
        : null;
      const { id } = await trx
        .insertInto('vol_corrections')
        .values({ record_id: record.id, transfer_id: transferId, previous_minutes: before, minutes, reason, created_by: caller.person.id, created_at: now.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await trx.updateTable('vol_records').set({ status: 'corrected', confirmed_by: caller.person.id, confirmed_at: now.toISOString() }).where('id', '=', record.id).execute();
      if (request && request.status === 'open') {
        await trx.updateTable('vol_correction_requests').set({ status: 'accepted', answer: reason, answered_by: caller.person.id, answered_at: now.toISOString() }).where('id', '=', request.id).execute();
      }
      const text = request && request.status === 'open'
        ? `您的更正申请已处理：${post.name}的记录改为 ${hoursOf(minutes)} 小时。`
        : `您在${post.name}的服务记录已更正为 ${hoursOf(minutes)} 小时。`;
      await notify(trx, record.person_id, { kind: request && request.status === 'open' ? 'volunteer_correction_answered' : 'volunteer_record_corrected', text, link: { page: RECORDS_PAGE, params: {} } }, now);
      await audit({ entity: 'vol_correction', entityId: id, before: { recordId: record.id, minutes: before, status: record.status }, after: { minutes, reason, transferId, requestId: request?.id ?? null } });
      const [view] = await loadServiceRecords(trx, { recordIds: [record.id] });
      return { record: view, correctionId: id, message: `已更正为 ${hoursOf(minutes)} 小时，原来的记录保留。` };
    });
  },
});
