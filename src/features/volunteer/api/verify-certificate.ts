// The public check of a certificate's QR code.
import { callApi } from '../../../lib/api-client';

export function verifyCertificate(number: string, sig: string) {
  return callApi('volunteer', 'verifyCertificate', { number, sig });
}
