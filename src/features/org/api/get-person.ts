// One person's record, as the viewer may see it.
import { callApi } from '../../../lib/api-client';

export function getPerson(personId: number) {
  return callApi('org', 'person', { personId });
}
