// The import template as an .xlsx link.
import { callApi } from '../../../lib/api-client';

export function rosterTemplate() {
  return callApi('org', 'rosterTemplate', {});
}
