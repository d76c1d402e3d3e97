// Open branches whose name holds the words typed, for choosing where a member transfers to.
import { callApi } from '../../../lib/api-client';

export function branchChoices(query: string) {
  return callApi('org', 'branchChoices', query.trim() ? { query: query.trim() } : {});
}
