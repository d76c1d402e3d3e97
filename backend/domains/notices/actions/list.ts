// The caller's notices: those addressed to their branch or any unit above it, showing now; pinned on top, then
// unread, then newest.
import { listInput, type NoticesApi } from '../../../../contracts/notices';
import { showingNoticesFor } from '../queries/notices';
import { pathIds } from '../../../common/org-paths';
import { orderForReader } from '../rules/notices';
import { action } from '../../../runtime/define-function';
import { toSummary } from './summaries';

export const list = action(
  {
    access: 'person',
    input: listInput,
  },
  async function list(_input, { deps, caller }): Promise<NoticesApi['list']['output']> {
    const rows = await showingNoticesFor(deps.database.db, caller.person.id, pathIds(caller.orgUnit.path), deps.now());
    return { items: orderForReader(rows.map(toSummary)) };
  },
);
