// The candidate answers her own invitation. The first acceptance matches the request (its row taken in turn, so two
// acceptances at once match it once); the poster is told either way. The same answer again changes nothing.
import { answerInput, type TalentApi } from '../../../../contracts/talent';
import { lockForUpdate } from '../../../common/row-locks';
import { notify } from '../../../data/messages';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { MANAGE_PAGE } from '../pages';
import { findProfile, findRequest } from '../queries/talent';
import { consentState } from '../rules/consent';

const NO_INVITATION = '没有找到邀请您的这个需求。如果是别人转给您的，请让社区直接邀请您。';

export const answer = action(
  { access: 'person', input: answerInput, limit: { points: 30, seconds: 600 } },
  async function answer({ requestId, accept }, { deps, caller, transaction }): Promise<TalentApi['answer']['output']> {
    const db = deps.database.db;
    const me = caller.person.id;
    const want = accept ? ('accepted' as const) : ('declined' as const);
    const invitation = await db
      .selectFrom('talent_invitations')
      .selectAll()
      .where('request_id', '=', requestId)
      .where('person_id', '=', me)
      .executeTakeFirst();
    if (!invitation) throw fail.notFound(NO_INVITATION);
    const request = await findRequest(db, requestId);
    if (!request) throw fail.notFound(NO_INVITATION);
    if (invitation.status === want)
      return { invitation: { requestId, status: want }, request: { id: requestId, status: request.status } };
    if (invitation.status === 'accepted')
      throw fail.conflict(`您已经答应了这个需求。如果去不了，请直接告诉${request.posted_by_name}。`);

    const now = deps.now();
    if (accept) {
      const mine = await findProfile(db, me);
      if (!mine || consentState(mine, now) !== 'active')
        throw fail.conflict('您加入人才库的同意已经撤回或满两年了。请先在“我的人才档案”里按“我同意”，再来答应。');
    }
    const at = now.toISOString();
    return transaction(async (trx, audit) => {
      if (accept) {
        await lockForUpdate(trx, 'talent_requests', requestId);
        const matched = await trx
          .updateTable('talent_requests')
          .set({ status: 'matched', matched_person_id: me, matched_at: at })
          .where('id', '=', requestId)
          .where('status', '=', 'open')
          .executeTakeFirst();
        if (Number(matched.numUpdatedRows) === 0)
          throw fail.conflict('谢谢您！这个需求已经有别的同志答应了，这次不用您去了。');
      }
      await trx
        .updateTable('talent_invitations')
        .set({ status: want, answered_at: at })
        .where('request_id', '=', requestId)
        .where('person_id', '=', me)
        .execute();
      await audit({
        entity: 'talent_invitation',
        entityId: `${requestId}:${me}`,
        before: { status: invitation.status },
        after: { status: want },
      });
      await notify(
        trx,
        request.posted_by,
        {
          kind: 'talent_answered',
          text: accept
            ? `${caller.person.name}答应了您发布的人才需求，请和他联系。`
            : `${caller.person.name}婉拒了您发布的人才需求，您可以再邀请别人。`,
          link: { page: MANAGE_PAGE, params: { request: String(requestId) } },
        },
        now,
      );
      return {
        invitation: { requestId, status: want },
        request: { id: requestId, status: accept ? ('matched' as const) : request.status },
      };
    });
  },
);
