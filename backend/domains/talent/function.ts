// talent (银发人才库): profiles with a dated consent, requests from units, ranked candidates, invitations and
// answers, the match rate and the 服务菜单. One file per action; the rules are in rules/*.ts.
import { defineFunction } from '../../runtime/define-function';
import { answer } from './actions/answer';
import { candidates } from './actions/candidates';
import { importTalents } from './actions/import-talents';
import { invite } from './actions/invite';
import { matchRate } from './actions/match-rate';
import { members } from './actions/members';
import { menu } from './actions/menu';
import { myInvitations } from './actions/my-invitations';
import { postRequest } from './actions/post-request';
import { profile } from './actions/profile';
import { requests } from './actions/requests';
import { updateProfile } from './actions/update-profile';
import { withdrawConsent } from './actions/withdraw-consent';

export const talent = defineFunction('talent', {
  profile,
  updateProfile,
  withdrawConsent,
  postRequest,
  requests,
  candidates,
  invite,
  answer,
  myInvitations,
  members,
  matchRate,
  menu,
  importTalents,
});
