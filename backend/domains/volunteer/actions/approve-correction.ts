// 批准更正: a correction beyond what its record supports (more than the shift, or a walk-in's stay plus a margin)
// waits for a second person: an admin whose reach covers the post, who neither proposed it nor served it. Approved,
// it moves the difference in the ledger and names both people on the record and in the audit log; declined, the
// record stays as it was.
import { approveCorrectionInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { SCOPES } from '../../../../contracts/roles';
import { notify } from '../../../data/messages';
import { findPost, loadServiceRecords } from '../queries/volunteer';
import { canActOn } from '../../../rules/org-scope';
import { mayApproveCorrection } from '../rules/trust';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { applyCorrection } from './apply-correction';
import { RECORDS_PAGE } from '../pages';
import { minutesWords } from '../../../../contracts/time-words';

export const APPROVER_ROLES = SCOPES.adminPosts;

const REFUSALS = {
  not_admin: '这条更正所在的驿站不在您的管理范围内，您不能批准。',
  own_proposal: '这条更正是您自己提出的，要由另一位上级管理员批准。',
  own_record: '这是您自己的服务记录，不能由您自己批准更正。',
} as const;

export const approveCorrection = action(
  {
    access: { roles: APPROVER_ROLES },
    input: approveCorrectionInput,
    limit: { points: 60, seconds: 60 },
  },
  async function approveCorrection(
    { correctionId, approve },
    ctx,
  ): Promise<VolunteerApi['approveCorrection']['output']> {
    const { deps, caller } = ctx;
    const db = deps.database.db;
    const correction = await db
      .selectFrom('vol_corrections')
      .selectAll()
      .where('id', '=', correctionId)
      .executeTakeFirst();
    if (!correction) throw fail.notFound('没有找到这条更正。');
    const record = await db
      .selectFrom('vol_records')
      .selectAll()
      .where('id', '=', correction.record_id)
      .executeTakeFirstOrThrow();
    const post = await findPost(db, record.post_id);
    const verdict = mayApproveCorrection(
      {
        personId: caller.person.id,
        adminOverPost: post !== null && canActOn(caller.grants, APPROVER_ROLES, post.org_path),
      },
      { proposedBy: correction.created_by, volunteerId: record.person_id },
    );
    if (verdict !== 'ok' || !post) throw fail.forbidden(REFUSALS[verdict === 'ok' ? 'not_admin' : verdict]);
    if (correction.status !== 'awaiting') throw fail.conflict('这条更正已经处理过了。');
    const now = deps.now();

    return ctx.transaction(async (trx, audit) => {
      // Two approvers at once: only the first settles the row, the other's transaction writes nothing.
      const claimed = await trx
        .updateTable('vol_corrections')
        .set({
          status: approve ? 'applied' : 'declined',
          approved_by: caller.person.id,
          approved_at: now.toISOString(),
        })
        .where('id', '=', correction.id)
        .where('status', '=', 'awaiting')
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) throw fail.conflict('这条更正已经处理过了。');
      const proposer = { proposedBy: correction.created_by, proposedMinutes: correction.minutes };
      if (!approve) {
        await audit({
          entity: 'vol_correction',
          entityId: correction.id,
          before: { status: 'awaiting', ...proposer },
          after: { status: 'declined', decidedBy: caller.person.id },
        });
        const [view] = await loadServiceRecords(trx, { recordIds: [record.id] });
        return { record: view, message: '已不批准这条更正，记录保持原样。' };
      }
      const { before, transferId } = await applyCorrection(trx, {
        record,
        postId: post.id,
        minutes: correction.minutes,
        reason: correction.reason,
        proposedBy: correction.created_by,
        approvedBy: caller.person.id,
        now,
        correctionId: correction.id,
      });
      const request = await trx
        .selectFrom('vol_correction_requests')
        .select('id')
        .where('record_id', '=', record.id)
        .where('status', '=', 'open')
        .executeTakeFirst();
      if (request) {
        await trx
          .updateTable('vol_correction_requests')
          .set({
            status: 'accepted',
            answer: correction.reason,
            answered_by: caller.person.id,
            answered_at: now.toISOString(),
          })
          .where('id', '=', request.id)
          .execute();
      }
      await notify(
        trx,
        record.person_id,
        {
          kind: 'volunteer_record_corrected',
          text: `您在${post.name}的服务记录已更正为 ${minutesWords(correction.minutes)}。`,
          link: { page: RECORDS_PAGE, params: {} },
        },
        now,
      );
      await audit({
        entity: 'vol_correction',
        entityId: correction.id,
        before: { status: 'awaiting', minutes: before, ...proposer },
        after: { status: 'applied', minutes: correction.minutes, approvedBy: caller.person.id, transferId },
      });
      const [view] = await loadServiceRecords(trx, { recordIds: [record.id] });
      return { record: view, message: `已批准，记录改为 ${minutesWords(correction.minutes)}。` };
    });
  },
);
