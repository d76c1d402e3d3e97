// 家人代报名: the member's family code, redeeming a relative's code, and who is linked to whom.
import { callApi, newRequestId } from '../../../lib/api-client';

export function makeFamilyCode() {
  return callApi('account', 'familyCode', {});
}

export function redeemFamilyCode(code: string) {
  return callApi('account', 'redeemFamilyCode', { code }, { requestId: newRequestId() });
}

export function getMyFamily() {
  return callApi('account', 'myFamily', {});
}

export function signUpFor(eventId: number, forPersonId: number, requestId: string) {
  return callApi('events', 'signUp', { eventId, forPersonId }, { requestId });
}

export function removeRelative(relativeId: number, requestId: string) {
  return callApi('account', 'removeRelative', { relativeId }, { requestId });
}
