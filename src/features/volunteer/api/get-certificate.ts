// A certificate's printable content, for its holder.
import { callApi } from '../../../lib/api-client';

export function getCertificate(number: string) {
  return callApi('volunteer', 'certificateView', { number });
}
