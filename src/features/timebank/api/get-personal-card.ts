// The elder's printed card: its QR image and scene (made the first time, the same one after).
import { callApi } from '../../../lib/api-client';

export function getPersonalCard(personId: number) {
  return callApi('timebank', 'personalCode', { personId });
}
