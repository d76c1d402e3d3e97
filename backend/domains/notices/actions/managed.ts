// The publisher's list: notices they published or that are addressed inside the subtrees they manage.
import { listInput, type NoticesApi } from '../../../../contracts/notices';
import { SCOPES } from '../../../../contracts/roles';
import { managedNotices } from '../queries/notices';
import { scopeRoots } from '../../../rules/org-scope';
import { action } from '../../../runtime/define-function';
import { toManaged } from './summaries';

const MOST_LISTED = 100;

export const managed = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: listInput,
  },
  async function managed(_input, { deps, caller }): Promise<NoticesApi['managed']['output']> {
    const rows = await managedNotices(
      deps.database.db,
      caller.person.id,
      scopeRoots(caller.grants, SCOPES.manageBranch),
      MOST_LISTED,
    );
    const now = deps.now();
    return { items: rows.map((r) => toManaged(r, now)) };
  },
);
