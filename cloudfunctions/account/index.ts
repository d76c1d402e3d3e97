// account: sign-in, who-am-I, invitations, preferences, and the org units a manager may step into.
import { defineFunction } from '../../backend/runtime/define-function';
import { wechatMain } from '../../backend/wechat/wechat-main';
import { createInvite } from './create-invite';
import { devLogin } from './dev-login';
import { me } from './me';
import { orgUnits } from './org-units';
import { redeemInvite } from './redeem-invite';
import { updatePreferences } from './update-preferences';

export const account = defineFunction('account', { devLogin, me, redeemInvite, createInvite, updatePreferences, orgUnits });

/** WeChat cloud entry point. */
export const main = wechatMain(account);
