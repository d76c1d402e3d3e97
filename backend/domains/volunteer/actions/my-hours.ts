// 我的服务时长: this month, this year and in total (the time-bank balance), summed from the ledger's movements.
import { none } from '../../../../contracts/fields';
import type { VolunteerApi } from '../../../../contracts/volunteer';
import { hoursSummary } from '../queries/volunteer';
import { action } from '../../../runtime/define-function';

export const myHours = action(
  {
    access: 'person',
    input: none,
  },
  async function myHours(_input, ctx): Promise<VolunteerApi['myHours']['output']> {
    return hoursSummary(ctx.deps.database.db, ctx.caller.person.id, ctx.deps.now());
  },
);
