// What 生成邀请单 will do before it does it: slips to print and earlier unused codes it voids.
import { callApi } from '../../../lib/api-client';

export function inviteSheetPlan(orgUnitId: number) {
  return callApi('account', 'inviteSheetPlan', { orgUnitId });
}
