// 更正记录: a manager of the post sets a record's hours, with a reason. The record and its first transfer stay as
// they were: the correction is a new row, and the ledger moves only the difference. It answers the volunteer's
// open request for that record, if any, and tells the volunteer. Hours beyond what the record supports (the
// shift's length, or a walk-in's stay plus a margin: backend/domains/volunteer/rules/trust.ts) are only proposed: the row
// waits, with no ledger movement, until a second person above the post manager approves it (approveCorrection).
import { correctRecordInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { notify } from '../../../data/messages';
import { isUniqueViolation } from '../../../common/db-errors';
import { loadServiceRecords } from '../queries/volunteer';
import { recordMinutes } from '../../../ledger/queries';
import { minutesOfHours } from '../rules/hours';
import { correctionLimitMinutes, correctionNeedsApproval } from '../rules/trust';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { applyCorrection } from './apply-correction';
import { MANAGER_ROLES } from './create-shift';
import { requireManagedRecord } from '../access';
import { RECORDS_PAGE } from '../pages';
import { minutesWords } from '../../../../contracts/time-words';

const ONE_AWAITING = '这条记录已经有一条更正在等上级管理员批准，请等批准或不批准以后再更正。';

export const correctRecord = action(
  {
    access: { roles: MANAGER_ROLES },
    input: correctRecordInput,
    limit: { points: 60, seconds: 60 },
  },
  async function correctRecord(
    { recordId, hours, reason, correctionRequestId },
    ctx,
  ): Promise<VolunteerApi['correctRecord']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const minutes = minutesOfHours(hours);
    if (minutes === null) throw fail.validation('更正后的时长要在 0 到 24 小时之间。');
    const { record, post } = await requireManagedRecord(ctx, recordId, '更正');
    const request = correctionRequestId
      ? await db
          .selectFrom('vol_correction_requests')
          .selectAll()
          .where('id', '=', correctionRequestId)
          .executeTakeFirst()
      : await db
          .selectFrom('vol_correction_requests')
          .selectAll()
          .where('record_id', '=', recordId)
          .where('status', '=', 'open')
          .executeTakeFirst();
    if (correctionRequestId && (!request || request.record_id !== recordId))
      throw fail.notFound('没有找到这条更正申请。');
    if (request && request.status !== 'open' && correctionRequestId) throw fail.conflict('这条更正申请已经答复过了。');
    const now = deps.now();

    const limit = correctionLimitMinutes({
      checkInAt: record.check_in_at,
      checkOutAt: record.check_out_at,
      shiftStart: record.shift_start,
      shiftEnd: record.shift_end,
    });
    if (correctionNeedsApproval(minutes, limit)) {
      const waiting = await db
        .selectFrom('vol_corrections')
        .select('id')
        .where('record_id', '=', record.id)
        .where('status', '=', 'awaiting')
        .executeTakeFirst();
      if (waiting) throw fail.conflict(ONE_AWAITING);
      const bound =
        limit === null
          ? ''
          : `，超过了${record.shift_start ? '这个班次的' : '实际停留时间加半小时的'} ${minutesWords(limit)}`;
      // Two proposals racing: the partial unique index vol_corrections_one_awaiting keeps one, the other is a CONFLICT.
      return ctx
        .transaction(async (trx, audit) => {
          const before = await recordMinutes(trx, record.id);
          const { id } = await trx
            .insertInto('vol_corrections')
            .values({
              record_id: record.id,
              transfer_id: null,
              previous_minutes: before,
              minutes,
              reason,
              created_by: caller.person.id,
              created_at: now.toISOString(),
              status: 'awaiting',
              approved_by: null,
              approved_at: null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await audit({
            entity: 'vol_correction',
            entityId: id,
            before: { recordId: record.id, minutes: before, status: record.status },
            after: { minutes, reason, status: 'awaiting', limitMinutes: limit, requestId: request?.id ?? null },
          });
          const [view] = await loadServiceRecords(trx, { recordIds: [record.id] });
          return {
            record: view,
            correctionId: id,
            awaitingApproval: true,
            message: `改为 ${minutesWords(minutes)}${bound}，要由上级管理员批准后才生效。已经提交，记录暂时不变。`,
          };
        })
        .catch((err: unknown) => {
          throw isUniqueViolation(err) ? fail.conflict(ONE_AWAITING) : err;
        });
    }

    return ctx.transaction(async (trx, audit) => {
      const { id, transferId, before } = await applyCorrection(trx, {
        record,
        postId: post.id,
        minutes,
        reason,
        proposedBy: caller.person.id,
        approvedBy: null,
        now,
      });
      if (request && request.status === 'open') {
        await trx
          .updateTable('vol_correction_requests')
          .set({ status: 'accepted', answer: reason, answered_by: caller.person.id, answered_at: now.toISOString() })
          .where('id', '=', request.id)
          .execute();
      }
      const text =
        request && request.status === 'open'
          ? `您的更正申请已处理：${post.name}的记录改为 ${minutesWords(minutes)}。`
          : `您在${post.name}的服务记录已更正为 ${minutesWords(minutes)}。`;
      await notify(
        trx,
        record.person_id,
        {
          kind: request && request.status === 'open' ? 'volunteer_correction_answered' : 'volunteer_record_corrected',
          text,
          link: { page: RECORDS_PAGE, params: {} },
        },
        now,
      );
      await audit({
        entity: 'vol_correction',
        entityId: id,
        before: { recordId: record.id, minutes: before, status: record.status },
        after: { minutes, reason, transferId, requestId: request?.id ?? null },
      });
      const [view] = await loadServiceRecords(trx, { recordIds: [record.id] });
      return {
        record: view,
        correctionId: id,
        awaitingApproval: false,
        message: `已更正为 ${minutesWords(minutes)}，原来的记录保留。`,
      };
    });
  },
);
