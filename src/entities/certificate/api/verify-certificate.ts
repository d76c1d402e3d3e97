// The public check of a certificate's code, by whichever function issued its kind (its number says: ZY… the
// volunteer function's 志愿服务证明, SJ… the time bank's 服务时间证明).
import { certificateKindOf } from '../../../../contracts/certificate-scene';
import { callApi } from '../../../lib/api-client';

export function verifyCertificate(number: string, sig: string) {
  return certificateKindOf(number) === 'timebank'
    ? callApi('timebank', 'verifyCertificate', { number, sig })
    : callApi('volunteer', 'verifyCertificate', { number, sig });
}
