// The account domain's scannable thing: an invitation code. Only its signature and expiry are read — no lookup —
// so an anonymous scanner learns neither whom it is for nor whether it is still open; account.redeemInvite({ scene })
// consumes it under the invitation's own rules (single use, one open per person, revocation).
import type { SceneResolvers } from '../../../scan/scene-resolvers';

export const accountScenes: Pick<SceneResolvers, 'invitation'> = {
  invitation: async ({ id, expiresAt }) => ({
    type: 'invitation',
    available: true,
    id,
    expiresAt: expiresAt.toISOString(),
    consumedBy: 'account.redeemInvite',
    message: '这是支部书记发给您的入会邀请。接受以后，您就能用这部手机登录了。',
  }),
};
