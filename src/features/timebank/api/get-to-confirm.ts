// The visits waiting for her counter-signature (hers, or a linked elder's), each with its one question.
import { callApi } from '../../../lib/api-client';

export function getToConfirm() {
  return callApi('timebank', 'toConfirm', {});
}
