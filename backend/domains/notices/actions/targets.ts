// Where the caller may publish: each unit of the subtrees they manage (a secretary: their branch), with how many
// members it reaches, for the publisher's choice of audience.
import { listInput, type NoticesApi } from '../../../../contracts/notices';
import { SCOPES } from '../../../../contracts/roles';
import { unitsWithMembers } from '../queries/notices';
import { scopeRoots } from '../../../rules/org-scope';
import { action } from '../../../runtime/define-function';

/** A city has about a thousand units; the choice lists the top of the tree first. */
const MOST_UNITS = 300;

export const targets = action(
  {
    access: { roles: SCOPES.manageBranch },
    input: listInput,
  },
  async function targets(_input, { deps, caller }): Promise<NoticesApi['targets']['output']> {
    const units = await unitsWithMembers(deps.database.db, scopeRoots(caller.grants, SCOPES.manageBranch), MOST_UNITS);
    return { units: units.map((u) => ({ id: u.id, name: u.name, level: u.level, members: u.members })) };
  },
);
