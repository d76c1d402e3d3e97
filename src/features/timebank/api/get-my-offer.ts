// 我能帮忙: what she offers and when, and whether she may offer at all.
import { callApi } from '../../../lib/api-client';

export function getMyOffer() {
  return callApi('timebank', 'myOffer', {});
}
