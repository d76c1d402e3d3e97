// The manager invites one candidate: she must still be a candidate (her consent in force, in the request's district,
// of its field) and the request still open. She is told in 我的消息. Inviting her again changes nothing.
import { SCOPES } from '../../../../contracts/roles';
import { inviteInput, type TalentApi } from '../../../../contracts/talent';
import { notify } from '../../../data/messages';
import { fail } from '../../../runtime/app-error';
import { action } from '../../../runtime/define-function';
import { requireManagedRequest } from '../access';
import { INVITATIONS_PAGE } from '../pages';
import { findProfile } from '../queries/talent';
import { consentState } from '../rules/consent';
import { districtPathOf, orgDistance } from '../rules/matching';

const REFUSED_CONSENT = {
  none: '这位同志还没有加入银发人才库，不能邀请。',
  withdrawn: '这位同志已经撤回了加入人才库的同意，不能再邀请他。',
  expired: '这位同志加入人才库的同意已经满两年，要等他重新同意以后才能邀请。',
} as const;

export const invite = action(
  { access: { roles: SCOPES.manageTalent }, input: inviteInput, limit: { points: 60, seconds: 600 } },
  async function invite(
    { requestId, personId },
    { deps, caller, transaction },
  ): Promise<TalentApi['invite']['output']> {
    const db = deps.database.db;
    const request = await requireManagedRequest(db, caller, requestId);
    const existing = await db
      .selectFrom('talent_invitations')
      .select('status')
      .where('request_id', '=', requestId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    if (existing) return { invitation: { requestId, personId, status: existing.status } };
    if (request.status === 'matched')
      throw fail.conflict(`这个需求已经有${request.matched_name ?? '人'}答应了，不用再邀请别人。`);
    const talent = await findProfile(db, personId);
    if (!talent) throw fail.notFound(REFUSED_CONSENT.none);
    const now = deps.now();
    const state = consentState(talent, now);
    if (state !== 'active') throw fail.conflict(REFUSED_CONSENT[state]);
    const district = districtPathOf(request.unit_path) ?? request.unit_path;
    if (
      talent.field !== request.field ||
      !talent.path.startsWith(district) ||
      !orgDistance(request.unit_path, talent.path)
    )
      throw fail.conflict(`这位同志不是这个需求的人选：需求要${request.field}方面的人才，而且要住在同一个区。`);

    const at = now.toISOString();
    return transaction(async (trx, audit) => {
      const inserted = await trx
        .insertInto('talent_invitations')
        .values({
          request_id: requestId,
          person_id: personId,
          invited_by: caller.person.id,
          invited_at: at,
          answered_at: null,
        })
        .onConflict((oc) => oc.columns(['request_id', 'person_id']).doNothing())
        .returning('status')
        .executeTakeFirst();
      if (!inserted) return { invitation: { requestId, personId, status: 'pending' as const } };
      await audit({ entity: 'talent_invitation', entityId: `${requestId}:${personId}`, after: { status: 'pending' } });
      await notify(
        trx,
        personId,
        {
          kind: 'talent_invited',
          text: `${request.unit_name}想请您帮忙（${request.field}），请打开看看，答应还是婉拒。`,
          link: { page: INVITATIONS_PAGE, params: { request: String(requestId) } },
        },
        now,
      );
      return { invitation: { requestId, personId, status: 'pending' as const } };
    });
  },
);
