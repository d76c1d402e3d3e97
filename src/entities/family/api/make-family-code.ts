// The member's family code (a short code a relative types on their own phone).
import { callFamily } from './call-family';

export function makeFamilyCode() {
  return callFamily('familyCode', {});
}
