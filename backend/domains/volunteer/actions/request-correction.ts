// 申请更正: a volunteer asks the post's managers to look at one of their own records ("我忘了签退"); the request
// waits in the managers' queue. One open request per record.
import { requestCorrectionInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';

export const requestCorrection = action(
  {
    access: 'person',
    input: requestCorrectionInput,
    limit: { points: 10, seconds: 600 },
  },
  async function requestCorrection(
    { recordId, reason, hours },
    ctx,
  ): Promise<VolunteerApi['requestCorrection']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const record = await db
      .selectFrom('vol_records')
      .select(['id', 'person_id', 'post_id', 'status'])
      .where('id', '=', recordId)
      .executeTakeFirst();
    // Another person's record is answered as missing: its existence is not the caller's business.
    if (!record || record.person_id !== caller.person.id) throw fail.notFound('没有找到这条服务记录。');
    const open = await db
      .selectFrom('vol_correction_requests')
      .select('id')
      .where('record_id', '=', recordId)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (open) throw fail.conflict('这条记录的更正申请已经交了，请等驿站负责人答复。');
    return ctx.transaction(async (trx, audit) => {
      const { id } = await trx
        .insertInto('vol_correction_requests')
        .values({
          record_id: recordId,
          person_id: caller.person.id,
          post_id: record.post_id,
          reason,
          hours: hours ?? null,
          status: 'open',
          answer: null,
          answered_by: null,
          answered_at: null,
          created_at: deps.now().toISOString(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await audit({
        entity: 'vol_correction_request',
        entityId: id,
        after: { recordId, reason, hours: hours ?? null },
      });
      return { requestId: id, message: '更正申请已经交给驿站负责人，答复后会在“我的消息”里告诉您。' };
    });
  },
);
