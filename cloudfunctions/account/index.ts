// account: sign-in, who-am-I, invitations, preferences, and the org units a manager may step into; 我的消息 and
// consent to WeChat messages; failed background jobs for the admin; family links (who may act for whom, contracts/family.ts). Its timer trigger runs due jobs (wechat-main).
import { defineFunction } from '../../backend/runtime/define-function';
import { createInvite } from './create-invite';
import { devLogin } from './dev-login';
import { failedJobs } from './failed-jobs';
import { familyCode } from './family-code';
import { markRead } from './mark-read';
import { me } from './me';
import { myFamily } from './my-family';
import { myMessages } from './my-messages';
import { orgUnits } from './org-units';
import { recordConsent } from './record-consent';
import { redeemFamilyCode } from './redeem-family-code';
import { redeemInvite } from './redeem-invite';
import { removeRelative } from './remove-relative';
import { retryJob } from './retry-job';
import { revokeInvite } from './revoke-invite';
import { inviteSheet } from './invite-sheet';
import { subscribeTemplates } from './subscribe-templates';
import { unreadCount } from './unread-count';
import { updatePreferences } from './update-preferences';

export const account = defineFunction('account', {
  devLogin, me, redeemInvite, createInvite, updatePreferences, orgUnits,
  myMessages, unreadCount, markRead, subscribeTemplates, recordConsent,
  failedJobs, retryJob,
  revokeInvite, inviteSheet,
  familyCode, redeemFamilyCode, myFamily, removeRelative,
});

