// Save her profile with 我同意: the consent is dated now.
import type { TalentApi } from '../../../../contracts/talent';
import { callApi, newRequestId } from '../../../lib/api-client';

export function updateProfile(input: TalentApi['updateProfile']['input'], requestId = newRequestId()) {
  return callApi('talent', 'updateProfile', input, { requestId });
}
