// 服务统计: hours, records and active volunteers per post, team and month over the caller's scope.
import { reportInput, type VolunteerApi } from '../../../../contracts/volunteer';
import { action } from '../../../runtime/define-function';
import { MANAGER_ROLES } from './create-shift';
import { loadReport } from './report-figures';

export const report = action(
  {
    access: { roles: MANAGER_ROLES },
    input: reportInput,
    limit: { points: 30, seconds: 60 },
  },
  async function report(input, ctx): Promise<VolunteerApi['report']['output']> {
    return loadReport(ctx, input);
  },
);
