// account: sign-in, who-am-I, invitations, preferences, and the org units a manager may step into; 我的消息 and
// consent to WeChat messages; failed background jobs for the admin; family links (who may act for whom, contracts/family.ts). Its timer trigger runs due jobs (wechat-main).
import { defineFunction } from '../../runtime/define-function';
import { createInvite } from './actions/create-invite';
import { devLogin } from './actions/dev-login';
import { failedJobs } from './actions/failed-jobs';
import { familyCode } from './actions/family-code';
import { markRead } from './actions/mark-read';
import { me } from './actions/me';
import { myFamily } from './actions/my-family';
import { myMessages } from './actions/my-messages';
import { orgUnits } from './actions/org-units';
import { recordConsent } from './actions/record-consent';
import { redeemFamilyCode } from './actions/redeem-family-code';
import { redeemInvite } from './actions/redeem-invite';
import { removeRelative } from './actions/remove-relative';
import { retryJob } from './actions/retry-job';
import { revokeInvite } from './actions/revoke-invite';
import { inviteSheet } from './actions/invite-sheet';
import { inviteSheetPlan } from './actions/invite-sheet-plan';
import { subscribeTemplates } from './actions/subscribe-templates';
import { unreadCount } from './actions/unread-count';
import { updatePreferences } from './actions/update-preferences';

export const account = defineFunction('account', {
  devLogin,
  me,
  redeemInvite,
  createInvite,
  updatePreferences,
  orgUnits,
  myMessages,
  unreadCount,
  markRead,
  subscribeTemplates,
  recordConsent,
  failedJobs,
  retryJob,
  revokeInvite,
  inviteSheet,
  inviteSheetPlan,
  familyCode,
  redeemFamilyCode,
  myFamily,
  removeRelative,
});
