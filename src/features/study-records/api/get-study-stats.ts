// A month of study for a branch or subtree; the server refuses anyone who does not manage it.
import { callApi } from '../../../lib/api-client';

export function getStudyStats(orgUnitId: number, month: string) {
  return callApi('audiobooks', 'studyStats', { orgUnitId, month });
}
