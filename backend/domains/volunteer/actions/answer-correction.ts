// 答复更正申请 (不更正): a manager declines a volunteer's request with a sentence; accepting one is correctRecord.
import { answerCorrectionInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { notify } from '../../../data/messages';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { MANAGER_ROLES } from './create-shift';
import { requireManagedRecord } from '../access';
import { RECORDS_PAGE } from '../pages';

export const answerCorrection = action(
  {
    access: { roles: MANAGER_ROLES },
    input: answerCorrectionInput,
    limit: { points: 60, seconds: 60 },
  },
  async function answerCorrection(
    { correctionRequestId, answer },
    ctx,
  ): Promise<VolunteerApi['answerCorrection']['output']> {
    const { deps, caller } = ctx;
    const request = await deps.database.db
      .selectFrom('vol_correction_requests')
      .selectAll()
      .where('id', '=', correctionRequestId)
      .executeTakeFirst();
    if (!request) throw fail.notFound('没有找到这条更正申请。');
    const { post } = await requireManagedRecord(ctx, request.record_id, '答复');
    if (request.status !== 'open') throw fail.conflict('这条更正申请已经答复过了。');
    const now = deps.now();
    return ctx.transaction(async (trx, audit) => {
      await trx
        .updateTable('vol_correction_requests')
        .set({ status: 'declined', answer, answered_by: caller.person.id, answered_at: now.toISOString() })
        .where('id', '=', request.id)
        .where('status', '=', 'open')
        .execute();
      await notify(
        trx,
        request.person_id,
        {
          kind: 'volunteer_correction_answered',
          text: `${post.name}答复了您的更正申请，记录不作更改，请查看。`,
          link: { page: RECORDS_PAGE, params: {} },
        },
        now,
      );
      await audit({
        entity: 'vol_correction_request',
        entityId: request.id,
        before: { status: 'open' },
        after: { status: 'declined', answer },
      });
      return { message: '已答复，志愿者会在“我的消息”里看到。' };
    });
  },
);
