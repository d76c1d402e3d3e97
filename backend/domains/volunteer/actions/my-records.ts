// 我的服务记录: the caller's own records, newest first, each with its status and hours as the ledger has them.
// There is no way to name another person here: a volunteer sees only their own.
import { none } from '../../../../contracts/fields';
import type { VolunteerApi } from '../../../../contracts/volunteer';
import { loadServiceRecords } from '../queries/volunteer';
import { action } from '../../../runtime/define-function';

export const myRecords = action(
  {
    access: 'person',
    input: none,
  },
  async function myRecords(_input, ctx): Promise<VolunteerApi['myRecords']['output']> {
    return { records: await loadServiceRecords(ctx.deps.database.db, { personId: ctx.caller.person.id }) };
  },
);
